package check

import "strings"

// settingWords follow a number of 단 that counts the settings of a dial, not tiers of the goods:
// 3단 풍속, 3단 각도조절, 5단 강도조절.
var settingWords = [...]string{"풍속", "풍량", "바람", "조절", "각도", "온도", "강도", "밝기", "세기", "속도"}

// settingLevel reports whether the 단 measure t of rd counts the settings of a dial (선풍기 3단 풍속,
// 독서대 3단 각도조절): a feature the catalogue often leaves out, not another model with more tiers
// (3단 선반, 2단 우산).
func settingLevel(rd *reading, t *token) bool {
	if t.sp.End > len(rd.name) {
		return false
	}
	if settingBefore(rd, t) || poweredDial(rd) {
		return true
	}
	rest := strings.TrimLeft(rd.name[t.sp.End:], " ")
	for _, w := range settingWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	// 5단조절, 3단 강도조절: the dial word after one more word
	if i := strings.IndexByte(rest, ' '); i > 0 {
		return strings.HasSuffix(rest[:i], "조절")
	}
	return strings.HasSuffix(rest, "조절")
}

// A dial word may stand before its number too (다리미판 높이조절 6단, 독서대 각도조절 5단, 선풍기
// 풍속 3단), unless the name sells goods built in tiers, where 높이조절 5단 is a shelf of five
// (철제 선반 높이조절 5단, 높이조절 3단 선반).

// tieredGoods are the words of goods built in tiers.
var tieredGoods = [...]string{"선반", "책장", "서랍", "수납장", "랙", "트롤리", "카트", "왜건", "신발장", "진열대", "정리대", "사다리"}

// settingBefore reports whether the word right before the 단 measure t of rd is a dial word
// (높이조절, 풍속) and rd names no goods built in tiers.
func settingBefore(rd *reading, t *token) bool {
	before := strings.TrimRight(rd.name[:t.sp.Start], " ")
	word := before[strings.LastIndexAny(before, " /,(")+1:]
	dial := strings.HasSuffix(word, "조절")
	for _, w := range settingWords {
		dial = dial || word == w
	}
	return dial && !namesTieredGoods(rd)
}

// poweredStarts start the words of goods that run on power (전기모기채, 전동칫솔, 충전식),
// poweredWords are such words whole (블루투스, 무선), and poweredEnds end the names of appliances
// that run on power whatever else the name says (핸드믹서, 헤어드라이기, 서큘레이터): their 단 is the
// speed of a motor.
var (
	poweredStarts = [...]string{"전기", "전동", "충전"}
	poweredWords  = map[string]bool{"블루투스": true, "bluetooth": true, "무선": true, "코드리스": true, "cordless": true, "usb": true}
	poweredEnds   = [...]string{"믹서", "블렌더", "드라이기", "드라이어", "선풍기", "서큘레이터", "마사지기", "마사지건"}
)

// poweredDial reports whether rd names goods that run on power (a word of 전기, 전동 or 충전,
// 블루투스, 무선, or an appliance of poweredEnds) and no goods built in tiers: the 단 of a massage gun, a fan or an electric racket
// counts the settings of its dial (마사지건 5단 블루투스), which the catalogue often leaves out.
func poweredDial(rd *reading) bool {
	powered := false
	for i := 0; !powered && i < len(rd.toks); i++ {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		powered = poweredWords[t.text]
		for _, w := range poweredStarts {
			powered = powered || strings.HasPrefix(t.text, w)
		}
		for _, w := range poweredEnds {
			powered = powered || strings.HasSuffix(t.text, w)
		}
	}
	return powered && !namesTieredGoods(rd)
}

// namesTieredGoods reports whether a word of rd ends in goods built in tiers (철제선반, 앵글랙),
// and is no colour (블랙 ends in 랙).
func namesTieredGoods(rd *reading) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		for _, g := range tieredGoods {
			if strings.HasSuffix(t.text, g) {
				if a, ok := lookupListed(t.text); !ok || a.kind != attrColor {
					return true
				}
			}
		}
	}
	return false
}
