package check

import (
	"strings"
	"unicode/utf8"
)

// Words that end in 색 without naming a colour. Besides the common words of unmarkedWords, Korean
// names a process done with colour by a Sino-Korean word ending in 색 — 염색 (dyeing), 탈색
// (bleaching), 변색 (turning colour), 퇴색 (fading), 도색 (painting), 착색 (staining), 채색
// (colouring) — and builds compounds on it that name the goods or their use, not a colour:
// 새치염색 (dye for grey hair), 셀프염색, 크림염색, 자동차도색. And bags write the loanword 색
// (sack) after where they are worn: 허리색 (a waist bag), 힙색, 슬링색.

// colourProcesses are the process words a compound may end in.
//
// A compound on a process that puts a colour on (도색, 염색, 착색, 채색) whose first part is a
// listed colour names that colour: 골드도색 손잡이 is a gold handle, 블랙도색 휠 a black wheel
// (processColour).
var colourProcesses = [...]string{"염색", "탈색", "변색", "퇴색", "도색", "착색", "채색"}

// sackWords are bags named with the loanword 색.
var sackWords = map[string]bool{"허리색": true, "힙색": true, "슬링색": true}

// namesNoColour reports whether word, ending in 색, names a process, a compound built on one (its
// first part two syllables or more, so that 포도색 stays the colour of grapes, or 무: 무도색,
// 무염색 are unpainted, undyed) or a bag.
func namesNoColour(word string) bool {
	if sackWords[word] {
		return true
	}
	for _, p := range colourProcesses {
		if word == p {
			return true
		}
		if stem, ok := strings.CutSuffix(word, p); ok && (utf8.RuneCountInString(stem) >= 2 || stem == "무") {
			return true // 새치염색, and 무도색 (unpainted): no colour
		}
	}
	return false
}

// colourApplied are the processes that put a colour on: the colour written before them is the
// goods' colour.
var colourApplied = [...]string{"도색", "염색", "착색", "채색"}

// processColour reads a compound on a process that puts a colour on, whose first part is a
// listed colour (골드도색, 블랙염색) or a syllable that is one with 색 (금도색 as 금색, 은도색 as
// 은색), as that colour.
func processColour(word string) (attribute, bool) {
	for _, p := range colourApplied {
		if stem, ok := strings.CutSuffix(word, p); ok && stem != "" {
			if a, ok := lookupListed(stem); ok && a.kind == attrColor {
				return a, true
			}
			if utf8.RuneCountInString(stem) == 1 && stem != "무" { // 무도색 is unpainted, not 무색
				if a, ok := lookupListed(stem + "색"); ok && a.kind == attrColor {
					return a, true // 금도색: 금색, gold (포도색 is no 포색)
				}
			}
			return attribute{}, false
		}
	}
	return attribute{}, false
}
