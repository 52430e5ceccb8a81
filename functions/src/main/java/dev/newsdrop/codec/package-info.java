/**
 * Small codecs the whole code base shares, each written once: SHA-256 hex, gunzip with a cap on
 * the expanded size, and the charset of a {@code Content-Type}. Depends on nothing of newsdrop.
 */
package dev.newsdrop.codec;
