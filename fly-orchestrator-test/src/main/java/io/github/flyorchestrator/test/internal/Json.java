package io.github.flyorchestrator.test.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers over one shared Jackson 3 mapper. */
public final class Json {

  /** The shared mapper. */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {
  }

  /** @return a new empty object node */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * @param body request body text
   * @return the parsed object; an empty object for an empty body
   * @throws ApiError 400 when the body is not a JSON object
   */
  public static ObjectNode parseObject(String body) {
    if (body == null || body.isBlank()) {
      return object();
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node instanceof ObjectNode objectNode) {
        return objectNode;
      }
    } catch (JacksonException e) {
      // fall through
    }
    throw ApiError.badRequest("invalid_argument: could not parse request body");
  }

  /**
   * @param node an object
   * @param field field name
   * @return the field's string value, or {@code null} when absent or not a string
   */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  /**
   * @param node value to write
   * @return JSON text
   */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }
}
