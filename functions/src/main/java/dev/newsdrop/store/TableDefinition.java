package dev.newsdrop.store;

import java.util.List;

/**
 * A DynamoDB table as plain data: its keys, indexes and time-to-live attribute. The cloud
 * infrastructure and the local stack both build their tables from these definitions, so the two
 * cannot drift apart. All key attributes are strings.
 *
 * @param id           short logical name ("articles")
 * @param nameVariable the environment variable that names the deployed table
 * @param defaultName  the table's name when that variable is unset
 * @param partitionKey partition key attribute
 * @param sortKey      sort key attribute, or null
 * @param indexes      global secondary indexes
 * @param ttlAttribute attribute holding an epoch-seconds expiry, or null
 */
public record TableDefinition(String id, String nameVariable, String defaultName, String partitionKey,
                              String sortKey, List<Index> indexes, String ttlAttribute) {

    public TableDefinition {
        indexes = List.copyOf(indexes);
    }

    /** A global secondary index projecting all attributes. */
    public record Index(String name, String partitionKey, String sortKey) {
    }
}
