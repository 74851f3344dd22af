package io.ultramarket.commerce.schemas.badexample;

import io.ultramarket.commerce.CommerceApplication;

/** Breaks "arrows point to the contract": the published contract must not know the app. */
public class ContractThatKnowsTheApp {

    Class<?> app() {
        return CommerceApplication.class;
    }
}
