package org.claimtrace.cli;

import org.claimtrace.batch.BatchRunner;
import org.claimtrace.batch.BatchStop;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * The command line's handlers for {@code SIGINT}, {@code SIGTERM} and {@code SIGHUP}: the first signal during a
 * batch asks it to stop cleanly (documents in flight are finished or abandoned within a bounded time, every
 * completed output is kept, the summary is printed, and the command exits with {@code 128 + signal}); a signal
 * outside a batch, or a second one, exits at once with that code. A signal that was ignored when the JVM
 * started (as under {@code nohup}) stays ignored.
 *
 * <p>The handlers use {@code sun.misc.Signal} of the {@code jdk.unsupported} module, reached by reflection so
 * that a JVM without it (or one started with {@code -Xrs}) simply keeps its default handling.
 */
final class Signals {
    static final List<String> HANDLED = List.of("INT", "TERM", "HUP");

    private Signals() {
    }

    static void install(BatchStop stop, PrintStream err) {
        Method handle;
        Method getNumber;
        Constructor<?> newSignal;
        Class<?> handlerType;
        try {
            Class<?> signalType = Class.forName("sun.misc.Signal");
            handlerType = Class.forName("sun.misc.SignalHandler");
            newSignal = signalType.getConstructor(String.class);
            handle = signalType.getMethod("handle", signalType, handlerType);
            getNumber = signalType.getMethod("getNumber");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return;
        }
        for (String name : HANDLED) {
            Object handler = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[]{handlerType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            onSignal(stop, err, (Integer) getNumber.invoke(args[0]), "SIG" + name);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "claimtrace handler for SIG" + name;
                    });
            try {
                handle.invoke(null, newSignal.newInstance(name), handler);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the signal is not available here or is used by the JVM: its default handling stays
            }
        }
    }

    private static void onSignal(BatchStop stop, PrintStream err, int number, String signal) {
        int code = 128 + number;
        if (stop.signal(number, signal) == BatchStop.Action.EXIT_NOW) {
            err.println("claimtrace: stopped by " + signal + " (exit " + code + ")");
            err.flush();
            Runtime.getRuntime().halt(code);
        }
        err.println("claimtrace: " + signal + ": stopping; documents in flight get up to "
                + BatchRunner.DEFAULT_STOP_GRACE.toSeconds() + " s to finish (a second signal stops at once)");
    }
}
