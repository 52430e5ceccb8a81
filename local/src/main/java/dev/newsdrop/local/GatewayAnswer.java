package dev.newsdrop.local;

import java.util.List;
import java.util.Map;

/**
 * An HTTP answer as the local gateway writes it.
 *
 * @param status  the status code
 * @param headers header fields in order; a name may repeat ({@code Set-Cookie})
 * @param body    the body, possibly empty
 */
record GatewayAnswer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
}
