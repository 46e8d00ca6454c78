// Quote attribution, internal: what quotes_speaker.cpp (windows and rules) and
// quotes_speaker_tidy.cpp (the matched speaker, tidied) share. In a namespace of its own: other
// files have helpers of this name that mean other things.
#pragma once

namespace newsclaim::speaker_text {

// The white space between the words of a window: a space or a line break.
inline bool is_space(char c) { return c == ' ' || c == '\n'; }

}  // namespace newsclaim::speaker_text
