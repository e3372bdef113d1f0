package org.talksbot.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that may be null, and that a query may leave out: Jdbi's constructor mapper passes
 * null for a parameter with an annotation of this name when the result has no column for it, so queries
 * written before the component existed keep mapping.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Nullable {
}
