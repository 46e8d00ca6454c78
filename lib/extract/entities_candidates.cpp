// Finding name mentions: capitalized runs (entities_scan) are cut into names — sentence-initial
// common words and headline words are dropped (entities_capitals), titles become roles, and
// "of"/"and" split a run unless an organization cue holds it together. Each piece becomes a
// mention, or none, in entities_emit.cpp.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>

#include "extract/entities_capitals.hpp"
#include "extract/entities_emit.hpp"
#include "extract/entities_internal.hpp"
#include "extract/entities_joins.hpp"
#include "extract/entities_roles.hpp"
#include "extract/entities_scan.hpp"
#include "extract/entities_tokens.hpp"
#include "text/ascii.hpp"
#include "text/month_names.hpp"

namespace newsclaim {

namespace {

class MentionBuilder {
 public:
  MentionBuilder(const Context& ctx, const EntityRules& rules, const DocWords& doc, std::vector<Mention>& out)
      : text_(ctx.doc.norm()), lex_(rules.lexicon), doc_(doc), out_(out), emitter_(text_, rules, out) {}

  // One ordinary word before a role is no name: "But Belgian Research Minister ...", "Trade
  // Representative Clayton Yeutter"; a listed name ("Apple CEO Steve Jobs"), a listed short form
  // ("Fed Chairman Paul Volcker") or an organization word ("Senate Leader Bob Dole", "Bank
  // Governor") is.
  static bool ordinary_before_role(const WordFacts* f) {
    return Lexicon::common_word(f) && !Lexicon::known(f) && !Lexicon::has(f, WordFacts::kAcronym) &&
           !Lexicon::org_cue(f, CuePosition::First) && !Lexicon::org_cue(f, CuePosition::Last);
  }

  // Tokens [a, b) with no drop or break inside: titles, then connectors decide the cuts.
  void segment(const std::vector<Token>& t, size_t a, size_t b) {
    if (defined_by_initials(t, a, b)) return emit(t, a, b, t[a].begin, {});
    // "General Agreement on Tariffs and Trade": a listed name of three words or more is whole,
    // whatever title or connector it holds
    if (b - a >= 3) {
      const std::string_view whole = slice(text_, t, a, b);
      if (lex_.listed(whole, lex_.facts(whole))) return emit(t, a, b, t[a].begin, {});
    }
    // "the Uruguay Round of the General Agreement on Tariffs and Trade": such a listed name after
    // a connector ends the run, and what comes before is cut as a run of its own; not a city or
    // country, which names where the organization before it is ("Savings Bank of Salt Lake City")
    for (size_t k = a + 2; k + 3 <= b; ++k) {
      if (!t[k - 1].connector || t[k].connector) continue;
      const std::string_view rest = slice(text_, t, k, b);
      if (!lex_.listed_beyond_place(rest, lex_.facts(rest))) continue;
      size_t end = k - 1;
      while (end > a && t[end - 1].connector) --end;
      if (end > a) segment(t, a, end);
      return emit(t, k, b, t[k].begin, {});
    }
    if (const size_t cut = boundary(t, a, b); cut < b) {
      size_t next = cut;
      while (next < b && t[next].connector) ++next;
      segment(t, a, cut);
      if (next < b) segment(t, next, b);
      return;
    }
    if (const size_t of = person_of(text_, t, a, b, lex_); of < b) {  // "Allen Sinai of Shearson Lehman"
      segment(t, a, of);
      return segment(t, of + 1, b);
    }
    const bool office = office_of_run(t, a, b);
    // "Bank of Japan Governor Satoshi Sumita", "Organisation of African Unity Chairman Denis
    // Sassou-Nguesso": a title and a given name after an organization's name end it
    auto r = find_role_in_run(text_, t, a, b, lex_);
    const bool titled_person =
        r && r->role_begin > a && r->name_begin + 1 < b && !Lexicon::role(t[r->name_begin].facts) &&
        (Lexicon::first_name(t[r->name_begin].facts) || unlisted_full_name(t, r->name_begin, b));
    if (!office && !titled_person && org_like(text_, t, a, b, lex_))
      return emit(t, office_of(t, a, b), b, t[a].begin, {});
    if (r) {
      // the organization before the title whole ("U.S. Department of Energy Secretary John
      // Herrington": no cut at its "of"; the portfolio word after "of" is the organization's)
      size_t role_begin = r->role_begin;
      if (titled_person && role_begin > a + 1 && word(text_, t[role_begin - 1]) == "of" &&
          role_begin + 1 < r->role_end && word(text_, t[role_begin]) != "Prime")
        ++role_begin;  // not "Social Democratic Party of Prime Minister Kalevi Sorsa"
      if (titled_person && org_like(text_, t, a, role_begin, lex_))
        emit(t, office_of(t, a, role_begin), role_begin, t[a].begin, {});
      else if (r->role_begin > a && !(r->role_begin == a + 1 && ordinary_before_role(t[a].facts)))
        segment(t, a, r->role_begin);
      if (office) org_inside_office(t, r->role_begin, r->name_begin);
      std::string role(slice(text_, t, role_begin, r->role_end));
      // "Republican Leader Robert Dole of Kansas", "Chancellor Helmut Kohl of West Germany": after
      // a full name, "of" and a place say where the person is from (a peer's or a monarch's one
      // name keeps it: "Lord Irvine of Lairg", "King Hussein of Jordan")
      size_t name_end = b;
      for (size_t i = r->name_begin + 2; i + 1 < b; ++i) {
        if (word(text_, t[i]) == "of" && lex_.known_place(slice(text_, t, i + 1, b))) {
          name_end = i;
          break;
        }
      }
      emit(t, r->name_begin, name_end, t[r->role_begin].begin, std::move(role));
      if (name_end < b) segment(t, name_end + 1, b);
      return;
    }
    if (office && org_like(text_, t, a, b, lex_)) return emit(t, office_of(t, a, b), b, t[a].begin, {});
    if (const size_t r = b - a > 1 ? trailing_role(t, a, b) : b; r < b) {
      if (r > a) segment(t, a, r);
      return;
    }
    split_at_connectors(t, a, b);
  }

  // "Satoshi Sumita", "Wang Deyan": two or three words no list knows (no ordinary word, place,
  // company word or connector) after a title, tokens [n, b): a full name whose given name no list holds.
  static bool unlisted_full_name(const std::vector<Token>& t, size_t n, size_t b) {
    if (b - n < 2 || b - n > 3) return false;
    for (size_t i = n; i < b; ++i) {
      const WordFacts* f = t[i].facts;
      if (t[i].connector || Lexicon::known(f) || Lexicon::common_word(f) ||
          Lexicon::org_cue(f, CuePosition::Last) || Lexicon::org_cue(f, CuePosition::Suffix) ||
          Lexicon::role(f))
        return false;
    }
    return true;
  }

  // Tokens [a, end) before a ticker: one company's name, whatever its words ("GENERAL ELECTRIC").
  void company(const std::vector<Token>& t, size_t a) { emit(t, a, t.size(), t[a].begin, {}); }

  // "NEW YORK, March 3 -": the whole all-caps run is one place name.
  void dateline(const std::vector<Token>& t) {
    const size_t before = out_.size();
    emit(t, 0, t.size(), t[0].begin, {});
    if (out_.size() > before) out_.back().dateline = true;
  }

 private:
  // Where one name ends and the next begins inside tokens [a, b), or b:
  //  "Redwood Analytics Inc. and the Northern Water Agency", "Toyota and General Motors"
  //  ("and" after a complete name; "Securities and Exchange Commission" joins ordinary
  //  words), "Chrysler LLC Jim Press" (an organization suffix, then a given name).
  size_t boundary(const std::vector<Token>& t, size_t a, size_t b) const {
    const bool department = department_name(text_, t, a, b);
    if (nationality_before_person(t, a, b) || month_before_name(t, a, b) || opening_conjunction(t, a, b))
      return a + 1;
    if (holder_before_party_member(t, a, b)) return b - 1;
    if (const size_t org = person_before_acronym(t, a, b); org < b) return org;
    // "told Reuters Tehran holds the initiative": a news outlet after "told" is the listener, and
    // the name after it opens the clause told (not an article opening an outlet's name: "Le
    // Figaro", "Les Echos")
    if (b - a >= 2 && t[a].end - t[a].begin >= 4 && t[a].begin >= 5 &&
        text_.substr(t[a].begin - 5, 5) == "told " && Lexicon::org_cue(t[a].facts, CuePosition::Media) &&
        !t[a + 1].connector && !Lexicon::org_cue(t[a + 1].facts, CuePosition::Last) &&
        !Lexicon::org_cue(t[a + 1].facts, CuePosition::Suffix))
      return a + 1;
    for (size_t i = a + 1; i + 1 < b; ++i) {
      const WordFacts* left = t[i - 1].facts;
      if (t[i - 1].connector) continue;
      if (!t[i].connector) {
        // "Chrysler LLC Jim Press", "Britain Tony Blair": a complete organization or place name,
        // then a given name and a surname.
        const KnownName* known = Lexicon::known(left);
        // a town's name is often a word of a longer one ("San Miguel Corp")
        const bool complete = Lexicon::org_cue(left, CuePosition::Last) ||
                              (known && !known->town && !Lexicon::first_name(left));
        const WordFacts* next = t[i].facts;  // "Central Bank": an organization word is no given name
        // a place is no given name either ("Chase Manhattan Asia Ltd", though Asia is one)
        const KnownName* next_known = Lexicon::known(next);
        const bool next_place = next_known && is_place(next_known->type);
        const size_t end = clause_end(t, i, b);
        // "North American Free Trade Agreement": ordinary words on both ends are no person
        const bool ordinary = Lexicon::common_word(next) && Lexicon::common_word(t[end - 1].facts);
        // "Singapore Land Ltd", "Tokyo Land Corp": a company's suffix ends what follows, no surname
        const bool company = Lexicon::org_cue(t[end - 1].facts, CuePosition::Suffix);
        const bool norp = known && known->type == EntityType::Norp;
        // "Tory Neil Hamilton": a party's word that is also a given name, then a given name and a
        // surname, is the party's member (one word alone, "Tory Burch", is no split)
        const bool party_word = i == a + 1 && norp && Lexicon::first_name(left) && end - i >= 2;
        // "Moroccan Hicham El Guerrouj": a nationality before a full name no list holds
        const bool unlisted_person = complete && norp && unlisted_full_name(t, i, end);
        if ((complete || party_word) && (Lexicon::first_name(next) || unlisted_person) && !next_place &&
            !company && !Lexicon::org_cue(next, CuePosition::Last) &&
            !Lexicon::org_cue(next, CuePosition::First) && !t[i + 1].connector && !office_of_run(t, a, end) &&
            !ordinary)
          return i;
        continue;
      }
      // "told Reuters the Senate": "the" after a name starts the next one ("Save the Children" aside).
      if (word(text_, t[i]) == "the" && !((i == a + 1 || t[i - 2].connector) && verb_title(t[i - 1])))
        return i;
      // "Matt Lucas & David Walliams": two full names of people ("Johnson & Johnson" is a firm)
      if (word(text_, t[i]) == "&" && person_name(t, a, i, true) && person_name(t, i + 1, b, true)) return i;
      if (word(text_, t[i]) != "and") continue;
      if (word(text_, t[i + 1]) == "the") return i;
      // "Mr Brown and Mr Blair", "Sir Digby Jones and Dr Fox": an honorific after "and" opens the
      // next person's name (not "Mr and Mrs Smith": an honorific alone before it)
      if (honorific(t[i + 1]) && !(i == a + 1 && honorific(t[a]))) return i;
      if (only_suffixes(t, i + 1, b)) continue;  // "Eli Lilly and Co", "Harlow and Sons Ltd"
      if (named_person_ending(t, a, i) && named_person_ending(t, i + 1, b)) return i;
      if (person_name(t, a, i, true) || titled_person(t, a, i) || titles_on_both_sides(t, a, i))
        return i;  // "Claus Koehler and West Berlin"
      if (continues_business_name(text_, t, i, b, lex_) || known_across(text_, t, a, i, b, lex_)) continue;
      // "AT and T and Philips": a known name ends at this "and"; "United States and Soviet Union":
      // a known name on each side
      const KnownName* known_left = lex_.known(slice(text_, t, a, i));
      if (known_left && (i - a >= 3 || lex_.known(slice(text_, t, i + 1, b)))) return i;
      // "Ford and General Motors Corp": a listed organization's name with its company suffix
      // after "and" is a company of its own (partners' firms join two surnames: "Smith and
      // Wesson Corp", "Procter and Gamble Co")
      if (b >= i + 3 && Lexicon::org_cue(t[b - 1].facts, CuePosition::Suffix)) {
        const KnownName* right = lex_.known(slice(text_, t, i + 1, b - 1));
        if (right && right->type == EntityType::Org) return i;
      }
      // "Hongkong and Shanghai Banking Corp", "Australia and New Zealand Banking Group": two places
      // naming one organization
      // (the left place may follow an "of" the run holds: "Shares of Hongkong and Shanghai ...")
      const KnownName* left_place = known_left;
      if (!left_place) {
        size_t left_begin = i;
        while (left_begin > a && !t[left_begin - 1].connector) --left_begin;
        if (left_begin > a) left_place = lex_.known(slice(text_, t, left_begin, i));
      }
      if (places_in_org_name(left_place, t, i, b)) continue;
      if (partners_and_suffix(t, a, i, b)) continue;
      if (!department && !lone_cue_word(t, a, i) &&
          (Lexicon::org_cue(left, CuePosition::Last) || !ordinary_word(word(text_, t[i - 1]), left)))
        return i;
    }
    return b;
  }

  // Whether the name before the "and" at token i (left, as the lexicon knows it) is a place, and
  // the tokens after it another place (one or two words) then more words ending in an
  // organization word: one organization's name.
  bool places_in_org_name(const KnownName* left, const std::vector<Token>& t, size_t i, size_t b) const {
    const auto place = [](const KnownName* k) { return k && is_place(k->type); };
    if (!place(left) || !Lexicon::org_cue(t[b - 1].facts, CuePosition::Last)) return false;
    for (size_t e = i + 2; e <= std::min(i + 3, b - 1); ++e) {
      if (place(lex_.known(slice(text_, t, i + 1, e)))) return true;
    }
    return false;
  }

  // "White House Press Secretary", "Airbus Chief Executive": a run ending in a title names the
  // office, not a person; the name before the title is the organization or place holding it.
  // Returns where the title starts (a when the run is all title: "Deputy Prime Minister"), or b
  // when the run does not end in one.
  size_t trailing_role(const std::vector<Token>& t, size_t a, size_t b) const {
    if (!Lexicon::role(t[b - 1].facts)) return b;  // every listed title ends in a title word
    for (size_t len = 3; len >= 1; --len) {
      if (b - a < len || t[b - len].connector) continue;
      const RoleKind* k = len == 1 ? Lexicon::role(t[b - 1].facts) : lex_.role(slice(text_, t, b - len, b));
      if (!k || *k != RoleKind::Role) continue;
      size_t start = b - len;
      while (start > a && Lexicon::role(t[start - 1].facts)) --start;  // "Deputy", "Vice"
      if (start > a && t[start - 1].connector)
        return b;  // "Minister of Public Works" is handled as an office
      // "Bruce Judge", "Tote King": one title word after a given name or an unknown word may be a
      // surname; it is a title after a known name, an acronym or an organization word.
      if (start == b - 1 && start > a && !office_holder(t, a, start)) return b;
      return start;
    }
    return b;
  }

  // "President George Bush and First Lady Laura Bush": titles, then a given name and one or two
  // more words; after a title the given name may be a place's too ("George") and the surname
  // an ordinary word ("Bush").
  bool titled_person(const std::vector<Token>& t, size_t a, size_t i) const {
    size_t p = a;
    while (p + 1 < i && Lexicon::role(t[p].facts) && !t[p].connector) ++p;
    if (p == a || i < p + 2 || i > p + 3) return false;
    for (size_t k = p; k < i; ++k) {
      if (t[k].connector) return false;
    }
    const WordFacts* last = t[i - 1].facts;
    return Lexicon::first_name(t[p].facts) && !Lexicon::role(last) &&
           !Lexicon::org_cue(last, CuePosition::Last);
  }

  // "Norah Jones and Kanye West", "Treasury Secretary James Baker and Federal Reserve Chairman
  // Paul Volcker": tokens [a, e) end in a given name and a surname (one of them may be an
  // ordinary word: "Jones", "Keys", "Baker"), right at a or after a title. With such a name on
  // each side of an "and", the run names two people; a person's name holds no "and".
  bool named_person_ending(const std::vector<Token>& t, size_t a, size_t e) const {
    for (size_t len = 2; len <= 3; ++len) {
      if (e < a + len) continue;
      const size_t p = e - len;
      const WordFacts *first = t[p].facts, *last = t[e - 1].facts;
      const KnownName* known = Lexicon::known(last);  // a surname the lists know: "Volcker"
      if (!person_name(t, p, e, false) &&
          !(known && known->type == EntityType::Person && Lexicon::first_name(first) &&
            !Lexicon::role(first) && !t[p + 1].connector && (len == 2 || !t[p + 2].connector)))
        continue;
      if (p == a || (!t[p - 1].connector && Lexicon::role(t[p - 1].facts))) return true;
    }
    return false;
  }

  static bool honorific(const Token& t) { return Lexicon::honorific(t.facts) && !t.connector; }

  // "General Franks and General Colin Powell": a title and a name, "and" (token i), then another
  // title are two people ("Chairman and Chief Executive" is one title: the name is missing).
  bool titles_on_both_sides(const std::vector<Token>& t, size_t a, size_t i) const {
    const auto title = [](const WordFacts* f) {
      const RoleKind* k = Lexicon::role(f);
      return k && *k == RoleKind::Role;
    };
    const WordFacts* last = t[i - 1].facts;
    return i >= a + 2 && title(t[a].facts) && title(t[i + 1].facts) && !Lexicon::role(last) &&
           !Lexicon::org_cue(last, CuePosition::Last) && !t[i - 1].connector;
  }

  // "Hambrecht and Quist Inc", "Cable and Wireless Plc": one or two words that are no name of
  // their own (no known name, no organization word closing them), "and" (token i), then words
  // no list knows up to a legal suffix are one company, when the story never writes either side
  // without the other. "Sanwa Bank and Yasuda Trust Co", "Wagner and Brown and AFG Industries
  // Inc" and "USAir and Piedmont Aviation Inc" (with "USAir said" elsewhere) are two.
  bool partners_and_suffix(const std::vector<Token>& t, size_t a, size_t i, size_t b) const {
    while (a < i && t[a].connector) ++a;
    if (a == i || i - a > 2 || (i - a == 2 && t[a + 1].connector) ||
        (a > 0 && word(text_, t[a - 1]) == "and"))
      return false;
    const WordFacts* left = t[i - 1].facts;
    const std::string_view left_name = slice(text_, t, a, i);
    if (Lexicon::org_cue(left, CuePosition::Last) || Lexicon::org_cue(left, CuePosition::Suffix) ||
        lex_.known(left_name) || left_name.find_first_of("0123456789") != std::string_view::npos)
      return false;
    const size_t end = clause_end(t, i + 1, b);
    for (size_t k = i + 1; k < end; ++k) {
      if (t[k].connector || Lexicon::known(t[k].facts)) return false;
    }
    if (end <= i + 2 || !Lexicon::org_cue(t[end - 1].facts, CuePosition::Suffix)) return false;
    // "USAir and Piedmont Aviation Inc": two companies, when the story names either alone
    const size_t together = count_word(text_, text_.substr(t[a].begin, t[i + 1].end - t[a].begin));
    return count_word(text_, left_name) == together && count_word(text_, word(text_, t[i + 1])) == together;
  }

  // "Securities and Exchange Commission", "Aerospace and Communications Corp": a word that only
  // ends organization names, standing alone before "and" (it is token a, "and" token i), names
  // nothing by itself, so it is no complete name; "Nomura Securities and ..." is one, and so is
  // a word that also heads names ("Office", "Senate": org_cues.tsv position first).
  bool lone_cue_word(const std::vector<Token>& t, size_t a, size_t i) const {
    if (i != a + 1) return false;
    const WordFacts* w = t[a].facts;
    return Lexicon::common_word(w) && !Lexicon::known(w) && Lexicon::org_cue(w, CuePosition::Last) &&
           !Lexicon::org_cue(w, CuePosition::First);
  }

  // "Secretary of the Treasury John Snow": the run opens with an office ("Secretary of") and
  // ends with a person's name, so the organization inside is part of the role, not a name of
  // its own ("Chairman of the London Stock Exchange" names no person: the exchange is one).
  bool office_of_run(const std::vector<Token>& t, size_t a, size_t b) const {
    // "Deputy Governor of", "Executive Vice President of": titles and their modifiers up to "of"
    size_t head = a;
    while (head + 1 < b && Lexicon::role(t[head + 1].facts) && !t[head + 1].connector &&
           Lexicon::role(t[head].facts) && *Lexicon::role(t[head].facts) != RoleKind::Role)
      ++head;
    const RoleKind* k = Lexicon::role(t[head].facts);
    return k && *k == RoleKind::Role && head + 2 < b && word(text_, t[head + 1]) == "of" &&
           given_name_after_of(text_, t, head + 2, b, lex_) < b &&
           !Lexicon::org_cue(t[b - 1].facts, CuePosition::Last);
  }

  // "Australian Lynton Crosby": a nationality, then a person's given name and surname.
  // "Lisa Stark ABC News", "Steven Snyder TWA" signing off a broadcast: a given name and a
  // surname, then an acronym (not a title such as "MP", nor "III"); returns where the
  // organization starts, or b.
  size_t person_before_acronym(const std::vector<Token>& t, size_t a, size_t b) const {
    if (b < a + 3 || t[a + 1].connector) return b;
    const std::string_view w = word(text_, t[a + 2]);
    const WordFacts* f = t[a + 2].facts;
    const bool acronym = caps_word(w) && w.size() <= 5 && !Lexicon::role(f) &&
                         !Lexicon::org_cue(f, CuePosition::Last) &&
                         !Lexicon::org_cue(f, CuePosition::Suffix) && !roman_numeral(w);
    return acronym && person_name(t, a, a + 2, false) ? a + 2 : b;
  }

  // "an Illinois Democrat", "Senate Republicans": a place or a chamber, then a party's member
  // word, are the place (or chamber) and the party's people, no organization of their own
  // ("Christian Democrats", "Liberal Democrats" are parties).
  bool holder_before_party_member(const std::vector<Token>& t, size_t a, size_t b) const {
    if (b < a + 2 || t[b - 2].connector || !party_member_word(word(text_, t[b - 1]))) return false;
    const KnownName* holder = lex_.known(slice(text_, t, a, b - 1));
    if (holder && is_place(holder->type)) return true;
    const std::string_view last = word(text_, t[b - 2]);
    return last == "Senate" || last == "House" || last == "Congressional" || last == "Committee" ||
           last == "Assembly" || last == "Parliament";
  }

  bool nationality_before_person(const std::vector<Token>& t, size_t a, size_t b) const {
    if (b < a + 2 || t[a + 1].connector) return false;
    if (!Lexicon::nationality(t[a].facts)) return false;
    // "Frenchman Arnaud Clement", "Dutchman Ruud van Nistelrooy", "Briton Tim Henman": a
    // nationality noun names no organization of its own
    const std::string_view noun = word(text_, t[a]);
    const bool no_org_end = !Lexicon::org_cue(t[b - 1].facts, CuePosition::Last);
    if ((noun.ends_with("hman") || noun.ends_with("sman") || noun.ends_with("on") || noun == "Scot") &&
        no_org_end)
      return true;
    if (b != a + 3) return false;
    if (person_name(t, a + 1, b, true) || unlisted_pair(text_, t, a + 1, b, lex_)) return true;
    // "Republican Nancy Pelosi", "Tory Mary Smith": after a group's word a given name opens a
    // person's name though it is also a place's (Nancy) and the surname an ordinary word (Smith);
    // not a compass point ("British West Indies", "Alaskan North Slope") nor a known name
    const WordFacts* given = t[a + 1].facts;
    const KnownName* surname = Lexicon::known(t[b - 1].facts);
    if (Lexicon::first_name(given) && !Lexicon::common_word(given) && !Lexicon::role(given) &&
        !Lexicon::org_cue(given, CuePosition::First) && !Lexicon::org_cue(given, CuePosition::Last) &&
        !compass_word(word(text_, t[a + 1])) && no_org_end &&
        !Lexicon::org_cue(t[b - 1].facts, CuePosition::Suffix) &&
        (!surname || surname->type == EntityType::Person) && !lex_.known(slice(text_, t, a + 1, b)))
      return true;
    // "Australian Lynton Crosby ... Mr Crosby": the story names the last word as a person's
    if (doc_.titled.count(word(text_, t[b - 1])) && no_org_end && !Lexicon::known(t[a + 1].facts))
      return true;
    return noun.ends_with("man") && no_org_end;  // "German Wolfram Mulle"
  }

  // "March U.S. Exports", "the June Venice summit", "April Brent", "June T-bonds": a month opening a
  // run is a date before the name. A month that is also a given name keeps the words after it
  // ("June Carter Cash", "August Busch III", "May Department Stores"); only a listed name or a word
  // in capitals after it splits ("June Canadian dollar", "May Dubai", "June RBD").
  bool month_before_name(const std::vector<Token>& t, size_t a, size_t b) const {
    if (b < a + 2 || !Lexicon::has(t[a].facts, WordFacts::kCalendar) || !is_month_name(word(text_, t[a])) ||
        MentionEmitter::month_phrase(slice(text_, t, a, a + 2)))
      return false;            // "March Three" is one date, dropped whole
    if (t[a + 1].connector) {  // "between January and May Ecuador sold"
      const std::string_view c = word(text_, t[a + 1]);
      return (c == "and" || c == "or" || c == "to") && b > a + 2 && is_month_name(word(text_, t[a + 2]));
    }
    if (!Lexicon::first_name(t[a].facts)) return true;
    const WordFacts* next = t[a + 1].facts;
    return (Lexicon::known(next) && !Lexicon::first_name(next)) || capitals_only(word(text_, t[a + 1]));
  }

  // "RBD", "U.S.", "S&P": capital letters, with dots, hyphens or ampersands between.
  static bool capitals_only(std::string_view w) {
    bool letter = false;
    for (const char c : w) {
      if (c >= 'A' && c <= 'Z')
        letter = true;
      else if (c != '.' && c != '-' && c != '&')
        return false;
    }
    return letter;
  }

  // "But Hong Kong Rugby Football Union", "And Genentech Inc", "Its Amoco Canada Petroleum",
  // "Both Sears and Kellwood Co": a conjunction or determiner opening a sentence is no word of
  // the name after it ("My Family", "His Dark Materials", "Like A Virgin", "So Solid Crew" and "Now
  // or Never" are titles).
  bool opening_conjunction(const std::vector<Token>& t, size_t a, size_t b) const {
    if (b < a + 2 || t[a + 1].connector) return false;
    const std::string_view w = word(text_, t[a]);
    for (const std::string_view c :
         {"But",    "And",    "Its",     "Both",    "However",   "Although", "When",
          "Where",  "While",  "Yet",     "Also",    "Meanwhile", "Since",    "Even",
          "Indeed", "Unlike", "Whereas", "Because", "If",        "Though"})
      if (w == c) return true;
    return false;
  }

  // The first "and" at or after token i, or b: where a name run joined by "and" ends.
  size_t clause_end(const std::vector<Token>& t, size_t i, size_t b) const {
    while (i < b && word(text_, t[i]) != "and") ++i;
    return i;
  }

  // "President of the United States Barack Obama": a known name after the office's "of" is
  // also a mention of its own ("United States"), as in "the president of France".
  // "Former Secretary of the Treasury Robert Anderson", "Governor of the Bank of England Mervyn
  // King": the organization after the office's first "of" is a name of its own too.
  void org_inside_office(const std::vector<Token>& t, size_t role_begin, size_t name_begin) {
    size_t i = role_begin;
    while (i < name_begin && word(text_, t[i]) != "of") ++i;
    while (i < name_begin && t[i].connector) ++i;
    // (not "State for Trade and Industry" of a Secretary of State: a portfolio names no body)
    if (i >= name_begin) return;
    const RoleKind* k = Lexicon::role(t[i].facts);
    if (lex_.known(slice(text_, t, i, name_begin)) ||
        (!(k && *k == RoleKind::Modifier) && org_like(text_, t, i, name_begin, lex_)))
      emit(t, i, name_begin, t[i].begin, {});
  }

  // True when the tokens from a to b or to the next connector are all company suffixes
  // ("Co", "Sons Ltd" in "Harlow and Sons Ltd and Toyota").
  bool only_suffixes(const std::vector<Token>& t, size_t a, size_t b) const {
    size_t i = a;
    while (i < b && !t[i].connector && Lexicon::org_cue(t[i].facts, CuePosition::Suffix)) ++i;
    return i > a && (i == b || t[i].connector);
  }

  // "Ford", "U.S.", "Halden Freight Co.": a name known to hold offices, before a one-word title.
  bool office_holder(const std::vector<Token>& t, size_t a, size_t b) const {
    const std::string_view name = slice(text_, t, a, b);
    const WordFacts* f = b == a + 1 ? t[a].facts : lex_.facts(name);
    if (Lexicon::known(f) || lex_.acronym(name, f) || caps_word(name)) return true;
    return Lexicon::org_cue(t[b - 1].facts, CuePosition::Last) ||
           Lexicon::org_cue(t[b - 1].facts, CuePosition::Media);
  }

  // "Chief Executive Officer of General Motors": an office held in an organization names the
  // organization after the last "of"; a is returned when the run does not start with a role.
  // A word that only qualifies a title opens none without one after it: "Federal Reserve Bank
  // of Boston", "State Bank of India" are banks ("Deputy Governor of ..." is an office).
  // "Directors", "Ministers": a listed title with a plural "s".
  bool plural_role(std::string_view w) const {
    return w.size() > 3 && w.back() == 's' && lex_.role(ascii_lower(w.substr(0, w.size() - 1))) != nullptr;
  }

  size_t office_of(const std::vector<Token>& t, size_t a, size_t b) const {
    size_t first = a;
    while (first + 1 < b && Lexicon::role(t[first].facts) &&
           *Lexicon::role(t[first].facts) == RoleKind::Modifier)
      ++first;
    const RoleKind* k = Lexicon::role(t[first].facts);
    if (!k || Lexicon::honorific(k) || *k == RoleKind::Modifier) return a;
    // "General Motors of Canada Ltd" is a company: a rank, then a word of no title and no name
    // ("Executive Directors of", "Detective Inspector Paul Miller of" are offices)
    size_t p = first + 1;
    while (p < b && !t[p].connector && (Lexicon::role(t[p].facts) || plural_role(word(text_, t[p])))) ++p;
    if (p < b && !t[p].connector && !Lexicon::first_name(t[p].facts)) return a;
    for (size_t i = b - 1; i > a; --i) {
      if (word(text_, t[i]) == "of") return i + 1 < b ? i + 1 : a;
    }
    return a;
  }

  void split_at_connectors(const std::vector<Token>& t, size_t a, size_t b) {
    size_t start = a;
    for (size_t i = a; i < b; ++i) {
      const std::string_view w = word(text_, t[i]);
      if (t[i].connector && !name_particle(w) && w != "&" &&
          !(w == "the" && i == start + 1 && verb_title(t[start]))) {
        if (start < i) emit_piece(t, start, i);
        start = i + 1;
      }
    }
    if (start < b) emit_piece(t, start, b);
  }

  // A piece split_at_connectors cut: "Senate Republicans and Democrats" gives the chamber and two
  // party words.
  void emit_piece(const std::vector<Token>& t, size_t a, size_t b) {
    if (holder_before_party_member(t, a, b)) {
      emit(t, a, b - 1, t[a].begin, {});
      a = b - 1;
    }
    emit(t, a, b, t[a].begin, {});
  }

  // "Save the Children", "Meet the Press": an ordinary word capitalized inside a sentence and
  // followed by "the" opens a title; a name, an organization word or a role ("told Reuters the
  // Senate ...", "Congress the ...") stands alone.
  bool verb_title(const Token& first) const {
    const WordFacts* f = first.facts;
    return f && f->has(WordFacts::kCommon) &&
           !f->has(WordFacts::kKnown | WordFacts::kFirstName | WordFacts::kRole | WordFacts::kCueLast |
                   WordFacts::kCueFirst | WordFacts::kCueMedia | WordFacts::kAcronym | WordFacts::kNotName);
  }

  // "Public Services and Procurement Canada (PSPC)": the acronym after the run spells its
  // capitalized words, so the run is one name whatever its inner "and"/"of".
  bool defined_by_initials(const std::vector<Token>& t, size_t a, size_t b) const {
    if (b - a < 3) return false;
    const std::string_view acronym = acronym_after(t[b - 1].end);
    if (acronym.empty()) return false;
    size_t k = 0;
    for (size_t i = a; i < b; ++i) {
      if (t[i].connector) continue;
      if (k >= acronym.size() || acronym[k] != text_[t[i].begin]) return false;
      ++k;
    }
    return k == acronym.size();
  }

  // The mention of tokens [a, b), or none: see entities_emit.hpp.
  void emit(const std::vector<Token>& t, size_t a, size_t b, uint32_t context, std::string role) {
    emitter_.emit(t, a, b, context, std::move(role));
  }
  std::string_view acronym_after(uint32_t end) const { return emitter_.acronym_after(end); }

  std::string_view text_;
  const Lexicon& lex_;
  const DocWords& doc_;
  std::vector<Mention>& out_;
  MentionEmitter emitter_;
};

}  // namespace

// "U.S. Officials said", "the U.K. Would object": the wires capitalize the word after a dotted
// place acronym as if a sentence began there. An ordinary word there is dropped unless the name
// goes on with a connector or an organization word ("U.S. House of Representatives", "U.S.
// Customs and Border Protection", "U.S. Air Group Inc"); organization words themselves are no
// ordinary words ("U.S. Navy", "U.K. Government").
static void drop_after_place_abbreviations(std::string_view text, const Lexicon& lex, std::vector<Token>& t) {
  for (size_t i = 1; i < t.size(); ++i) {
    constexpr uint32_t kOrgWord = WordFacts::kCueLast | WordFacts::kCueFirst | WordFacts::kCueMedia;
    if (t[i].drop || !after_place_abbreviation(text, lex, t, i) || !ordinary_after_place(text, lex, t, i) ||
        Lexicon::has(t[i].facts, kOrgWord))
      continue;
    // "the U.S. And the EC", "the U.S. And Soviet Union": a connector the wires capitalized is
    // never inside a name
    if (capitalized_connector(word(text, t[i]), lex)) {
      t[i].drop = true;
      continue;
    }
    bool name_goes_on = i + 1 < t.size() && t[i + 1].connector;  // "U.S. Customs and Border Protection"
    for (size_t j = i + 1; j < t.size() && !name_goes_on; ++j) {
      name_goes_on = Lexicon::has(t[j].facts, WordFacts::kCueLast | WordFacts::kCueSuffix);
    }
    if (!name_goes_on) t[i].drop = true;
  }
}

// "from Aluminium Bahrain B.S.C. Last year", "the U.N. Last week": dotted capitals where the
// sentence splitter ended a sentence (the next word commonly opens one) end the name; the next
// word opens a sentence. Other periods ("Co. Ltd", "J. Rothschild") are the tokenizer's to judge.
static void break_at_sentence_ends(std::string_view text, const Layout& layout, std::vector<Token>& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].break_after || text[t[i].end - 1] != '.' || !is_dotted_capitals(word(text, t[i]))) continue;
    if (layout.sentence_at(t[i].end - 1) == layout.sentence_at(t[i + 1].begin)) continue;
    t[i].break_after = true;
    t[i + 1].sentence_start = true;
  }
}

// "in the U.S., Which urged", "Harris Corp of the U.S., Will manufacture": the wires capitalize
// the word after dotted capitals and a comma as if the abbreviation's period had ended a
// sentence; one of the most frequent words alone there is that word, not a name.
static bool after_dotted_capitals_comma(std::string_view text, uint32_t begin) {
  if (begin < 6 || text.compare(begin - 2, 2, ", ") != 0 || text[begin - 3] != '.') return false;
  uint32_t start = begin - 3;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n' && text[start - 1] != '(') --start;
  return is_dotted_capitals(text.substr(start, begin - 2 - start));
}

// Whether the first letters of tokens [k, end) (connectors aside) appear in this order in the
// ticker: "SUN STATE SAVINGS" in "SSSL", "SANTA FE" in "SFX", not "SAYS SANTA FE".
static bool initials_in_ticker(std::string_view text, const std::vector<Token>& t, size_t k,
                               std::string_view ticker) {
  size_t at = 0;
  for (size_t i = k; i < t.size(); ++i) {
    if (t[i].connector) continue;
    at = ticker.find(text[t[i].begin], at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
  return true;
}

// In a wire headline in capitals, where the company a ticker follows begins: the farthest of
// the last few tokens to open with the ticker's letter whose words' initials the ticker holds
// in order ("NYSE SAYS SANTA FE <SFX>" -> "SANTA", "SUN STATE SAVINGS <SSSL>" -> "SUN"), else
// the nearest to open with its letter ("HANSON TRUST <HAN>"). t.size() when no ticker follows,
// no word fits, only an ordinary word would be left, or a company suffix already closes the name ("MAYFAIR
// SUPER MARKETS INC <MYFRA>": drop_headline_words keeps it).
static size_t company_before_ticker(std::string_view text, const std::vector<Token>& t, const Lexicon& lex) {
  constexpr size_t kWords = 5;
  const uint32_t end = t.back().end;
  const size_t ticker_size = ticker_after(text, end);
  if (ticker_size == 0 || !caps_word(word(text, t.back()))) return t.size();
  const std::string_view ticker = text.substr(end + 2, ticker_size - 3);
  size_t nearest = t.size(), best = t.size(), seen = 0;
  for (size_t k = t.size(); k > 0 && seen < kWords; --k) {
    const Token& tok = t[k - 1];
    if (tok.connector) continue;
    if (org_cue_any_case(word(text, tok), tok.facts, lex, CuePosition::Suffix)) return t.size();
    if (text[tok.begin] == ticker[0]) {
      if (nearest == t.size()) nearest = k - 1;
      if (initials_in_ticker(text, t, k - 1, ticker)) best = k - 1;
    }
    ++seen;
  }
  const size_t first = best < t.size() ? best : nearest;
  // "PHILLIPS PETROLEUM <P>": an ordinary word alone is no company's whole name, unless it is all
  // the run holds ("HARVEST <HRV> SEEKS APPROVAL")
  if (first > 0 && first + 1 == t.size() && plain_word(word(text, t[first]), t[first].facts, lex))
    return t.size();
  return first;
}

// "Victa (U.K.) Ltd", "Yamaichi International (Europe) Ltd", "Cheung Kong (Holdings) Ltd": a
// name, one or two capitalized words in parentheses, then a company suffix is one company (the
// run scan stops at the parenthesis, and the words inside were a place or a mention of their own).
static void join_parenthesized_companies(std::string_view text, const Lexicon& lex,
                                         std::vector<Mention>& ms) {
  constexpr size_t kInside = 24;  // bytes inside the parentheses
  std::vector<bool> inside(ms.size(), false);
  for (size_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    const size_t open = m.span.end;
    if (inside[i] || text.substr(open, 2) != " (" || open + 3 >= text.size()) continue;
    const size_t close = text.find(')', open + 2);
    if (close == std::string_view::npos || close - open - 2 > kInside || close + 2 >= text.size() ||
        text[close + 1] != ' ')
      continue;
    const std::string_view words = text.substr(open + 2, close - open - 2);
    if (words.empty() || !is_ascii_upper(words[0]) || std::count(words.begin(), words.end(), ' ') > 1 ||
        !std::all_of(words.begin(), words.end(),
                     [](char c) { return is_ascii_alpha(c) || c == '.' || c == ' '; }))
      continue;
    size_t end = close + 2;
    while (end < text.size() && is_ascii_alpha(text[end])) ++end;
    const std::string_view suffix = text.substr(close + 2, end - close - 2);
    const WordFacts* facts = lex.facts(suffix);
    if (suffix.empty() || !Lexicon::org_cue(facts, CuePosition::Suffix)) continue;
    m.span.end = static_cast<uint32_t>(end);
    m.text = text.substr(m.span.begin, m.span.size());
    m.tokens += 2 + static_cast<int>(std::count(words.begin(), words.end(), ' '));
    m.facts = lex.facts(m.text);
    m.last_facts = facts, m.last_size = static_cast<uint32_t>(suffix.size());
    m.defines = {};  // "(U.K.)" is part of the name, no acronym it defines
    for (size_t j = i + 1; j < ms.size() && ms[j].span.begin < end; ++j) inside[j] = true;
  }
  size_t k = 0;
  std::erase_if(ms, [&](const Mention&) { return inside[k++]; });
}

std::vector<Mention> find_mentions(const Context& ctx, const EntityRules& rules) {
  const std::string_view text = ctx.doc.norm();
  const std::vector<Run> runs = scan_runs(ctx, rules.lexicon);
  DocWords doc = collect_doc_words(ctx, rules.lexicon, runs);
  std::vector<Mention> out;
  out.reserve(runs.size() + runs.size() / 2);
  std::vector<Token> tokens;
  MentionBuilder builder(ctx, rules, doc, out);
  for (const Run& run : runs) {
    tokenize_run(text, run.span.begin, run.span.end, rules.lexicon, tokens);
    if (tokens.empty()) continue;
    if (run.sentence_initial && dateline_run(ctx, rules.lexicon, tokens)) {
      builder.dateline(tokens);
      continue;
    }
    if (run.partnership) {  // "Merrill Lynch, Pierce, Fenner and Smith Inc": one firm
      builder.company(tokens, 0);
      continue;
    }
    if (word(text, tokens[0]) == "The" || word(text, tokens[0]) == "A" || word(text, tokens[0]) == "An")
      tokens[0].drop = true;
    // "anti-EU", "non-OPEC", "pro-Iranian": after such a prefix a name the lists know or an
    // acronym, one word modifying the next ("anti-Baghdad Kurdish rebels"); not any capitalized
    // word ("non-League clubs", "anti-Semitism")
    if (run.span.begin > 0 && text[run.span.begin - 1] == '-') {
      tokens[0].break_after = true;
      if (!Lexicon::known(tokens[0].facts) && !Lexicon::has(tokens[0].facts, WordFacts::kAcronym) &&
          !caps_word(word(text, tokens[0])))
        tokens[0].drop = true;
    }
    drop_caps_not_names(text, rules.lexicon, tokens);
    drop_trailing_weekday(text, rules.lexicon, tokens);
    if (run.title_case)
      drop_headline_words(text, doc, rules.lexicon, tokens);
    else {
      if (run.caps_headline) drop_caps_headline_words(text, doc, rules.lexicon, tokens);
      tokens[0].sentence_start = run.sentence_initial;
      if (tokens.size() == 1 && Lexicon::frequent_word(tokens[0].facts) &&
          after_dotted_capitals_comma(text, run.span.begin))
        tokens[0].drop = true;
      break_at_sentence_ends(text, ctx.layout, tokens);
      drop_after_place_abbreviations(text, rules.lexicon, tokens);
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].sentence_start) drop_sentence_initial(text, doc, rules.lexicon, tokens, i);
      }
    }
    // "GENERAL ELECTRIC <GE> TO SELL": the company a ticker follows is a name of its own
    const size_t company = run.caps_headline || run.title_case
                               ? company_before_ticker(text, tokens, rules.lexicon)
                               : tokens.size();
    if (company < tokens.size()) builder.company(tokens, company);
    size_t a = 0;
    for (size_t i = 0; i <= company; ++i) {
      const bool end = i == company || tokens[i].drop;
      if (end || tokens[i].break_after) {
        const size_t b = end ? i : i + 1;
        if (a < b) builder.segment(tokens, a, b);
        a = i + 1;
      }
    }
  }
  join_parenthesized_companies(text, rules.lexicon, out);
  return out;
}

Words words_of(std::string_view name) {
  Words out;
  size_t i = 0;
  while (i < name.size() && out.n < Words::kMax) {
    size_t j = out.n + 1 == Words::kMax ? std::string_view::npos : name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) out.w[out.n++] = name.substr(i, j - i);
    i = j + 1;
  }
  return out;
}

}  // namespace newsclaim
