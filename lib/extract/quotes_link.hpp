// Speaker linking: ties a quote's attributed speaker (a name, a pronoun, a description) to an
// entity of the entities stage. Built per document; lookups are hash or binary searches with
// a bounded walk, so linking stays linear in the number of quotes.
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/extraction.hpp"
#include "extract/antecedent.hpp"
#include "extract/quotes_lexicon.hpp"
#include "extract/quotes_spans.hpp"
#include "extract/quotes_speaker.hpp"
#include "text/document.hpp"

namespace newsclaim {

class SpeakerLinker {
 public:
  // entities and quotes must outlive the linker; quotes are in text order.
  SpeakerLinker(const Document& doc, const std::vector<Entity>& entities,
                const std::vector<QuoteSpan>& quotes, const QuoteLexicon& lexicon);

  // The entity the speaker of a refers to, or nullopt: a name by its mention or its name,
  // a pronoun by the nearest compatible entity before it (outside quotations), a description
  // by the entity it names ("a spokeswoman for CBSA"), an entity holding its role ("the
  // senator") or, for organizations ("the agency"), the nearest organization.
  std::optional<size_t> resolve(const Attribution& a) const;
  // The person named in an apposition right after a speaker ("The Bishop of Durham, the Rt
  // Rev Dr Tom Wright, described ..."), and the span of that mention; nullopt when none.
  std::optional<std::pair<size_t, Span>> apposed_person(Span speaker) const;
  // "analyst Jack Kirnan of Kidder Peabody and Co told": the person mentioned right before
  // " of ", " at " or " from " and the organization the speaker found; nullopt when none.
  std::optional<std::pair<size_t, Span>> person_of(Span speaker) const;
  // The person named right before a speaker and a comma, at the start of the sentence
  // (`sentence_begin`): "Colin Asplin, Blackpool Hotel Association said" (the organization is the
  // person's); nullopt when none.
  std::optional<std::pair<size_t, Span>> person_before(Span speaker, uint32_t sentence_begin) const;
  // The person or organization named right after a speaker and one to three lower-case words:
  // "said Spanish teenager Nadal", "said Dutch brewer Heineken" (the nationality describes the
  // one named); nullopt when none.
  std::optional<std::pair<size_t, Span>> described_person_after(Span speaker) const;

 private:
  // The first mention (by span) that begins at or after byte b.
  std::vector<MentionRef>::const_iterator first_from(uint32_t b) const {
    return std::lower_bound(mentions_.begin(), mentions_.end(), b,
                            [](const MentionRef& m, uint32_t at) { return m.span.begin < at; });
  }
  std::optional<size_t> mention_in(Span s, TypeMask types) const;
  std::optional<size_t> by_name(Span s) const;
  std::optional<size_t> org_named_by(const Attribution& a, bool person_noun) const;
  std::optional<size_t> org_spoke_last(uint32_t before) const;
  std::optional<size_t> named_with(std::string_view noun, uint32_t before) const;
  std::optional<size_t> antecedent(uint32_t before, TypeMask types, uint32_t reach,
                                   Gender gender = Gender::Unknown) const;
  // The person "he" or "she" before byte `before` refers to (see the definition).
  std::optional<size_t> person_antecedent(uint32_t before, TypeMask types, Gender gender) const;
  // The modifiers of the last unnamed person who speaks between bytes from and before ("A
  // Home Office spokesman said"; see the definition).
  std::optional<Span> unnamed_speaker_between(uint32_t from, uint32_t before) const;
  // False for a person whose given name belongs only to the other sex than gender.
  bool gender_fits(size_t entity, Gender gender) const;
  bool holds_role(size_t entity, std::string_view lower_noun) const;
  std::optional<size_t> by_role(std::string_view noun, uint32_t before, bool look_ahead) const;
  std::optional<size_t> issuer(uint32_t before) const;
  std::optional<size_t> speaks_for(Span modifiers) const;
  std::optional<size_t> describe(const Attribution& a) const;
  bool in_quote(Span s) const;
  bool in_dateline(Span s) const;
  TypeMask type_of(size_t entity) const { return type_bit(entities_[entity].type); }

  const Document& doc_;
  const std::vector<Entity>& entities_;
  const std::vector<QuoteSpan>& quotes_;
  const QuoteLexicon& lexicon_;
  std::vector<MentionRef> mentions_;               // by span
  std::unordered_map<std::string, size_t> names_;  // lower-case name, alias or surname
  std::vector<Gender> told_;                       // per entity: the sex the story gives it
};

}  // namespace newsclaim
