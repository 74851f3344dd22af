/**
 * Secrets the app keeps in files of its own, outside the database it protects: the embedded database's
 * passwords, the key that seals snapshots, the key that signs chain checkpoints.
 */
package io.ultramarket.commerce.keys;
