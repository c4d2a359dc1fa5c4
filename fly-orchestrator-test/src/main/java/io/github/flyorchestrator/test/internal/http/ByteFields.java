package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Byte fields in both forms the sources give them (see {@link ApiVariants.ByteEncoding}): read from an array of
 * integers or a base64 string, written as the variant in force says.
 */
final class ByteFields {

  private ByteFields() {
  }

  /**
   * @param body request body
   * @param field field name
   * @return its bytes, empty when absent or null
   * @throws ApiError 400 when it is neither an array of 0..255 nor base64
   */
  static byte[] read(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return new byte[0];
    }
    if (value.isString()) {
      try {
        return Base64.getDecoder().decode(value.stringValue());
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("invalid_argument: " + field + " is not base64");
      }
    }
    if (!value.isArray()) {
      throw ApiError.badRequest("invalid_argument: " + field + " must be bytes");
    }
    byte[] bytes = new byte[value.size()];
    for (int i = 0; i < bytes.length; i++) {
      JsonNode item = value.get(i);
      if (!item.isIntegralNumber() || item.asInt() < 0 || item.asInt() > 255) {
        throw ApiError.badRequest("invalid_argument: " + field + " must hold integers 0..255");
      }
      bytes[i] = (byte) item.asInt();
    }
    return bytes;
  }

  /**
   * @param target the answer
   * @param field field name
   * @param bytes the bytes
   * @param encoding the form to write them in
   */
  static void write(ObjectNode target, String field, byte[] bytes, ApiVariants.ByteEncoding encoding) {
    if (encoding == ApiVariants.ByteEncoding.BASE64) {
      target.put(field, Base64.getEncoder().encodeToString(bytes));
      return;
    }
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (byte b : bytes) {
      array.add(b & 0xff);
    }
    target.set(field, array);
  }
}
