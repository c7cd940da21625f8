package nl.samenspraak.tool.application;

import java.util.function.Supplier;

/**
 * The unit of work of a use case: everything the work reads and writes (through any store, and through
 * what observers of its events write) commits together when it returns, or not at all when it throws; the
 * exception comes out as thrown. Called inside a transaction already, the work joins it, so a use case that
 * calls another stays one transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void useTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
