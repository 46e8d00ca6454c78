// Contracts stage, internal: what contracts.cpp (finding awards) and contracts_parties.cpp
// (naming their supplier and buyer) share.
#pragma once
#include <string_view>

#include "core/span.hpp"

namespace newsclaim {

// Whether what is bought (role_purpose's subject) opens with a verb of buying: "purchase 20 jets".
bool purchase(std::string_view text, Span subject);

}  // namespace newsclaim
