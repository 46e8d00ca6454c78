// Helpers for entity tests: an entity, its type or its presence, found by the exact text of
// one of its mentions.
#pragma once
#include <optional>
#include <string>

#include "test_support.hpp"

namespace newsclaim::test {

// The entity holding a mention of exactly this text, or nullptr.
inline const Entity* entity_of(const Analysis& a, const std::string& text) {
  for (const auto& e : a.extraction.entities) {
    for (const Span& m : e.mentions) {
      if (text_of(a, m) == text) return &e;
    }
  }
  return nullptr;
}

// The type of the entity with a mention of exactly this text, or nullopt.
inline std::optional<EntityType> type_of(const Analysis& a, const std::string& text) {
  const Entity* e = entity_of(a, text);
  return e ? std::optional<EntityType>(e->type) : std::nullopt;
}

inline bool has_mention(const Analysis& a, const std::string& text) { return entity_of(a, text) != nullptr; }

}  // namespace newsclaim::test
