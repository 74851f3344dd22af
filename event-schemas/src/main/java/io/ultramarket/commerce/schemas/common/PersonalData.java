package io.ultramarket.commerce.schemas.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds a person's data (a name, an email, a postal address): it is stored encrypted with a
 * key of the person it is about, and reads as {@value #ERASED} once that key was destroyed (ADR 0069).
 *
 * <p>On an event's field, {@link #subject} names the fields of the same event that hold the person's id, the
 * first that is not null winning (a customer id, else a guest's cart id). A field whose type is a record with
 * marked fields of its own (an {@link Address}) has those encrypted one by one, so that what is not personal
 * (the country) stays readable and an erased value still makes a valid record; on such a record's own fields
 * {@link #subject} is left empty: the subject is that of the event holding it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What a personal field reads as once its subject's key was destroyed. */
    String ERASED = "erased";

    /** The fields holding the subject's id, first non-null wins; empty on a value record's own fields. */
    String[] subject() default {};
}
