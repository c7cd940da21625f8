package nl.samenspraak.tool.infrastructure.logging;

import jakarta.inject.Singleton;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Puts a value into the log records written while it is set, as a field of its own: OpenLiberty's
 * {@code LogRecordContext} adds each extension of the current thread to the record, and its JSON log lines
 * (WLP_LOGGING_CONSOLE_FORMAT=json) carry it as {@code ext_<name>}, so a log search can match the field
 * instead of the message text. Outside Liberty (unit tests, the benchmarks) the value is simply not added.
 *
 * <p>The class is looked up at run time: Liberty exports it to applications (type ibm-api), but its API jar is
 * not among the Maven artifacts this build can resolve, so nothing compiles against it.
 */
@Singleton
public class LogFields {

    private static final Logger LOG = Logger.getLogger(LogFields.class.getName());
    private static final String LIBERTY_CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";

    private final Optional<MethodHandle> add;
    private final Optional<MethodHandle> remove;

    public LogFields() {
        this(LogFields.class.getClassLoader());
    }

    LogFields(ClassLoader loader) {
        Optional<Class<?>> context = find(loader);
        MethodType signatureOfAdd = MethodType.methodType(void.class, String.class, String.class);
        MethodType signatureOfRemove = MethodType.methodType(boolean.class, String.class);
        Optional<MethodHandle> addition = context.flatMap(type -> staticMethod(type, "addExtension", signatureOfAdd));
        Optional<MethodHandle> removal = context.flatMap(type -> staticMethod(type, "removeExtension", signatureOfRemove));
        // Both or neither: a field that is added must be removed again.
        this.add = removal.isPresent() ? addition : Optional.empty();
        this.remove = addition.isPresent() ? removal : Optional.empty();
    }

    /** Runs the logging with the field {@code name} set to {@code value} on this thread, and removes it again. */
    public <T> T with(String name, String value, Supplier<T> logging) {
        invoke(add, name, value);
        try {
            return logging.get();
        } finally {
            invoke(remove, name);
        }
    }

    private static Optional<Class<?>> find(ClassLoader loader) {
        try {
            return Optional.of(Class.forName(LIBERTY_CONTEXT, true, loader));
        } catch (ClassNotFoundException | LinkageError notOnLiberty) {
            return Optional.empty();
        }
    }

    /** The method, or none (with a warning) when Liberty's API changed: the log lines then only lack the field. */
    private static Optional<MethodHandle> staticMethod(Class<?> type, String name, MethodType signature) {
        try {
            return Optional.of(MethodHandles.publicLookup().findStatic(type, name, signature));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            LOG.warning("Liberty's " + LIBERTY_CONTEXT + " has no " + name + signature + ": log lines get no fields ("
                    + e + ")");
            return Optional.empty();
        }
    }

    private static void invoke(Optional<MethodHandle> method, Object... arguments) {
        if (method.isPresent()) {
            try {
                method.get().invokeWithArguments(arguments);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Liberty's log record context refused a field", e);
            }
        }
    }
}
