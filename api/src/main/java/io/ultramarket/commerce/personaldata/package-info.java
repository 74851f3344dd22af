/**
 * Crypto-shredding of personal data (ADR 0069): the fields the contract marks {@code @PersonalData} are stored
 * encrypted with a key per subject ({@link PersonalDataSerializer} around Axon's event and general serializers);
 * the keys sit behind the {@link PersonalDataKeys} port; {@code DELETE /customers/{id}/personal-data} destroys
 * them and blanks the read models, {@code GET} exports what is held ({@link PersonalDataController}).
 */
package io.ultramarket.commerce.personaldata;
