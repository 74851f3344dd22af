package io.ultramarket.commerce.limits;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.ultramarket.commerce.schemas.common.IsoCurrency;
import io.ultramarket.commerce.schemas.common.Money;

import java.io.IOException;
import java.util.Currency;
import java.util.List;

/**
 * Reads {@code {"amount":"12.34","currency":"EUR"}} from request bodies only, through {@link BoundedAmount}:
 * the amount's text is checked before it becomes a number. Stored events keep Money's own creator, so an
 * event written under other limits still loads. The amount may be a string or a JSON number; a number's
 * text is taken as written, never through a double.
 */
final class BoundedMoneyDeserializer extends StdDeserializer<Money> {

    private static final List<Object> FIELDS = List.of("amount", "currency");

    private final int maxIntegerDigits;

    BoundedMoneyDeserializer(int maxIntegerDigits) {
        super(Money.class);
        this.maxIntegerDigits = maxIntegerDigits;
    }

    @Override
    public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            return (Money) context.handleUnexpectedToken(Money.class, parser);
        }
        String amount = null;
        String currencyCode = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "amount" -> amount = scalarText(parser, value, field);
                case "currency" -> currencyCode = scalarText(parser, value, field);
                default -> throw UnrecognizedPropertyException.from(parser, Money.class, field, FIELDS);
            }
        }
        Currency currency = IsoCurrency.parse(currencyCode);
        try {
            return new Money(BoundedAmount.parse(amount, maxIntegerDigits,
                    Math.max(currency.getDefaultFractionDigits(), 0)), currency);
        } catch (IllegalArgumentException refused) {
            JsonMappingException error = JsonMappingException.from(parser, refused.getMessage(), refused);
            error.prependPath(Money.class, "amount");
            throw error;
        }
    }

    /** A string's or number's text; null for JSON null. Objects and arrays are not amounts or currencies. */
    private static String scalarText(JsonParser parser, JsonToken value, String field)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
            return parser.getText();
        }
        JsonMappingException error = JsonMappingException.from(parser, "expected a string for '" + field + "'");
        error.prependPath(Money.class, field);
        throw error;
    }
}
