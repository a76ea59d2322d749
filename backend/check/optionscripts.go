package check

// A word of the seller's option against a Latin word of the catalogue's name. The word rule pairs
// words of one script: a Hangul word against a Latin one is most often a brand or a gloss the
// sound key did not read. A word of the registered option (what the buyer chose: 레귤러, 가나다,
// 카펫형) left unexplained against one Latin word that stands alone among the catalogue name's
// Hangul words, not its first (Small, ABC, EVA), is the catalogue naming the choice another way:
// a look is asked for. A Latin word beside other Latin words is a brand or an English name
// (Planet Waves, Lotte Xylitol, Warrior S); one whose sound begins the option word is its gloss (Full of 풀사이즈,
// Normal of 노멀텐션); the goods as sold (본체) name no choice.

// optionAcrossScripts reports whether u, a Hangul word of r's option, and v, a Latin word of e,
// stand in each other's place.
func optionAcrossScripts(r, e *reading, u, v fact, ex []fact) bool {
	if latinWord(u.key) || !latinWord(v.key) || plainWords[u.key] || !optionAnywhere(r, e, u, v, ex) {
		return false
	}
	i := tokenAt(e, v.sp)
	if i <= 0 || v.more != nil {
		return false // the catalogue name's first word is its brand
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(e.toks) && e.toks[k].kind != tBreak && e.toks[k].kind != tMeasure && e.toks[k].kind != tNumber && latinWord(e.toks[k].text) {
			return false
		}
	}
	var lk, hk soundKey
	latinSound(&lk, v.key)
	hangulSound(&hk, u.key)
	if lk.n == 0 || lk.n <= hk.n && string(lk.b[:lk.n]) == string(hk.b[:lk.n]) {
		return false // Full against 풀사이즈: the option word starts with its sound
	}
	return true
}
