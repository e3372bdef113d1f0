package org.talksbot.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * A store query interface whose reads are remembered until the store revision moves: the curated tables
 * change only by imports, which move it, so a remembered read is what the store would answer now. Each
 * read through Jdbi's on-demand object attaches the whole interface and maps its rows anew, several
 * times the cost of the query itself; a person's card makes about eight of them.
 */
final class RememberedReads {

    private record Call(Method method, List<Object> args) {
    }

    private RememberedReads() {
    }

    /** {@code reads} behind a proxy that remembers what its {@code @SqlQuery} methods return, in {@code cache}. */
    static <T> T of(Class<T> type, T reads, RevisionCache cache) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (!method.isAnnotationPresent(SqlQuery.class)) {
                return call(reads, method, args);
            }
            List<Object> key = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.clone()));
            return cache.get(new Call(method, key), () -> unmodifiable(call(reads, method, args)));
        }));
    }

    private static Object call(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shared between requests, so no caller may change a list it was given. */
    private static Object unmodifiable(Object value) {
        return value instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list)) : value;
    }
}
