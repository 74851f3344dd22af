package io.ultramarket.commerce.command.badexample;

/** Breaks "command side internals stay inside": a helper that nothing outside its package needs. */
public class PublicHelperOfTheCommandSide {

    public static int twice(int value) {
        return value * 2;
    }
}
