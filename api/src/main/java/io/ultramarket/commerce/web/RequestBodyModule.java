package io.ultramarket.commerce.web;

import com.fasterxml.jackson.databind.Module;

/** A Jackson module for reading request bodies only, never events or answers: a bean of this type is picked up. */
public interface RequestBodyModule {

    Module module();
}
