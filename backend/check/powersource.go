package check

import "strings"

// How the goods get their power is asked by the power kind (충전식, 건전지식, 전기식 / 코드형,
// 가스식), but names write it in other ways the attribute rule does not compare: 가스 건조기 writes
// the gas of 가스식 in the word the heat kind reads (가스: the hob a pan is made for), and a name
// writes a power value without its suffix — 충전 드릴 for 충전식 드릴, 전기 건조기 for 전기식 건조기
// — which no kind reads. So a gas dryer against an electric one (가스 건조기 against 전기식 건조기
// or 전기 건조기) and a rechargeable lantern against a dry-cell one (충전 랜턴 against 건전지식
// 랜턴) passed.
//
// comparePowerSource reads them as the power values they write and compares them where they
// exclude each other: 가스 against 전기식 (or 전기), 충전 against 건전지식 or 전기식 / 코드형. 가스
// against 충전식 is not read (a refillable gas lighter is 충전식 가스 라이터), nor 전기 against a
// battery (a rechargeable shaver is electric). A bare 충전 is read as 충전식 only before the
// goods' name or as the seller's whole option — not before what charges (충전 케이블, 충전
// 거치대), not after a speed (고속 충전) nor last in a title (냉매 충전, 배터리 충전: what is
// charged) — and a bare 전기 as 전기식 only against gas. The two names must not both state a value
// of one kind, or the attribute rule has compared them already.
//
// The lexicon also puts one axis in two kinds: cordless (무선, 코드리스) is read as how the goods
// connect, corded (코드형) as their power, so 코드리스 청소기 against 코드형 청소기 and 충전식 드릴
// against 유선 드릴 (a battery tool is no corded one) passed, as did 블루투스 이어폰 against 유선
// 이어폰 (the network kind). The rule reads 유선 as corded against a battery (충전식, 건전지식, a
// bare 충전) and against a wireless link (블루투스, 와이파이), and 무선 as cordless against 전기식 /
// 코드형. 무선 against 충전식, 건전지식, 블루투스 or 와이파이 is the same goods (every such pair of the
// labelled tables is one), and a wireless link says nothing of the power (a Bluetooth speaker may
// be corded). A connect value before 충전 says how a charger connects (유선 충전기, 무선 충전
// 패드), not the goods, and is not read.

// powerSourceFact is one name's reading of how its goods get their power: "rechargeable" (충전식
// or a bare 충전), "drycell" (건전지식), "corded" (전기식 / 코드형, or a bare 전기 against gas),
// "gas" (가스, 가스식), "wire" (유선), "cordless" (무선), "link" (블루투스, 와이파이), "" when it
// says nothing; kinds holds the kinds the name states (1 power, 2 connect, 4 heat, 8 network).
type powerSourceFact struct {
	source string
	kinds  int
	f      fact
}

// manualWords say the goods are worked by hand (수동 분무기, 수동식 펌프): against a power value
// (충전식, 건전지식, 전기식) they are other goods.
var manualWords = map[string]bool{"수동": true, "수동식": true, "수동형": true}

// chargingGoods are the words after 충전 that name what charges another thing, not the goods.
var chargingGoods = map[string]bool{
	"케이블": true, "케이스": true, "거치대": true, "독": true, "패드": true, "어댑터": true, "스탠드": true,
	"단자": true, "포트": true, "크래들": true, "기": true, "잭": true, "선": true, "젠더": true, "글라스": true,
}

// chargingMeans are the words before 충전 that say what it is charged by (USB 충전 / 그레이): the
// goods are rechargeable wherever the two stand.
var chargingMeans = map[string]bool{"usb": true, "c타입": true, "타입c": true}

// chargingSpeeds are the words before 충전 that say how fast something charges (고속 충전).
var chargingSpeeds = map[string]bool{"고속": true, "급속": true, "초고속": true, "초급속": true, "쾌속": true}

// powerSourceValue is how the value f says the goods get their power, "" when it says nothing of
// it.
func powerSourceValue(f *fact) string {
	switch {
	case f.kind == attrConnect && f.key == "유선":
		return "wire"
	case f.kind == attrConnect && f.key == "무선":
		return "cordless"
	case f.kind == attrNetwork && (f.key == "블루투스" || f.key == "와이파이"):
		return "link"
	case f.kind == attrPower && f.key == "충전식":
		return "rechargeable"
	case f.kind == attrPower && f.key == "건전지식":
		return "drycell"
	case f.kind == attrPower && f.key == "전기식":
		return "corded"
	case f.kind == attrPower && f.key == "가스식", f.kind == attrHeat && f.key == "가스":
		return "gas"
	}
	return ""
}

// powerSourceOf reads rd's stated power source; ok is false when rd states two that exclude each
// other, or a power value this rule does not read (엔진식), so the rule stays out. Of two that
// agree (무선 충전식, 블루투스 무선) the one that says more is kept: a power value, then 무선.
func powerSourceOf(rd *reading) (p powerSourceFact, ok bool) {
	for i := range rd.attrs {
		f := &rd.attrs[i]
		var bit int
		switch f.kind {
		case attrPower:
			bit = 1
		case attrConnect:
			bit = 2
		case attrHeat:
			bit = 4
		case attrNetwork:
			bit = 8
		default:
			continue
		}
		p.kinds |= bit
		if bit&10 != 0 && strings.HasPrefix(strings.TrimLeft(rd.name[f.sp.End:], " "), "충전") {
			continue // 유선 충전기, 무선 충전 패드: how the charger connects, not the goods
		}
		s := powerSourceValue(f)
		switch {
		case s == "" && bit&12 != 0:
			continue // 인덕션, GPS: the hob or a network, not the goods' power
		case s == "" || p.source != "" && powerSourcesExclude(p.source, s):
			return powerSourceFact{}, false
		case p.source == "" || sourceRank(s) > sourceRank(p.source):
			p.source, p.f = s, *f
		}
	}
	return p, true
}

// sourceRank orders the sources by how much they say: a wireless link, then 무선 or 유선, then a
// power value.
func sourceRank(s string) int {
	switch s {
	case "link":
		return 0
	case "cordless", "wire":
		return 1
	}
	return 2
}

// powerSourcesExclude reports whether the power sources a and b name other goods.
func powerSourcesExclude(a, b string) bool {
	if a > b {
		a, b = b, a
	}
	switch a + "|" + b {
	case "corded|drycell", "corded|rechargeable", "drycell|rechargeable", "corded|gas",
		"drycell|wire", "rechargeable|wire", "link|wire", "corded|cordless", "battery|corded", "battery|wire",
		"corded|manual", "drycell|manual", "manual|rechargeable":
		return true
	}
	return false
}

// barePowerWord finds a power value rd writes without its suffix against the other name's source:
// 충전 before the goods' name or after USB (rechargeable), 배터리형 (a battery of either sort) or,
// against gas, 전기 (corded); -1 when there is none.
func (rd *reading) barePowerWord(against string) (int, string) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		switch {
		case t.text == "충전" && (against == "corded" || against == "drycell" || against == "wire"):
			n := i + 1
			last := n >= len(rd.toks) || rd.optStart > 0 && t.sp.Start < rd.optStart && rd.toks[n].sp.Start >= rd.optStart
			means := i > 0 && chargingMeans[rd.toks[i-1].text] // USB충전 / 그레이: charged by USB
			if last && !rd.optionStartsAt(i) && !means || !last && (rd.toks[n].kind != tWord && !means || chargingGoods[rd.toks[n].text]) {
				continue // 냉매 충전, 충전 케이블, 배터리 충전 / 1개: what is charged or what charges
			}
			if i > 0 && chargingSpeeds[rd.toks[i-1].text] {
				continue // 고속 충전: how fast it charges
			}
			return i, "rechargeable"
		case (t.text == "배터리형" || t.text == "배터리식") && (against == "corded" || against == "wire"):
			return i, "battery" // a battery of either sort: no corded goods
		case t.text == "전기" && against == "gas":
			return i, "corded"
		case manualWords[t.text] && (against == "rechargeable" || against == "drycell" || against == "corded"):
			return i, "manual" // 수동 분무기 against 충전식 분무기: worked by hand, no power at all
		}
	}
	return -1, ""
}

// powerSourceKinds are the bits of the kinds powerSourceOf reads.
var powerSourceKinds = kindsBit(attrPower) | kindsBit(attrConnect) | kindsBit(attrHeat) | kindsBit(attrNetwork)

// comparePowerSource adds a power difference ("전원 방식 가스 ↔ 전기식", "전원 방식 충전 ↔ 건전지식")
// where the two names say how their goods get their power in two kinds, or one in a bare word,
// and the two exclude each other.
func comparePowerSource(r, e *reading, diffs []Difference) []Difference {
	if (r.kinds|e.kinds)&powerSourceKinds == 0 {
		return diffs // neither name reads a kind powerSourceOf reads (attrkinds.go)
	}
	rp, rok := powerSourceOf(r)
	ep, eok := powerSourceOf(e)
	if !rok || !eok || rp.source == "" && ep.source == "" {
		return diffs
	}
	if rp.kinds&ep.kinds != 0 {
		return diffs // a kind both state: the attribute rule compared them
	}
	if rp.source != "" && ep.source != "" {
		if !powerSourcesExclude(rp.source, ep.source) {
			return diffs
		}
		return append(diffs, difference(attrPower, nil, nil, []fact{rp.f}, []fact{ep.f}))
	}
	// one name states a source, the other may write it without its suffix
	stated, bare, statedIsR := rp, e, true
	if rp.source == "" {
		stated, bare, statedIsR = ep, r, false
	}
	i, s := bare.barePowerWord(stated.source)
	if i < 0 || !powerSourcesExclude(s, stated.source) {
		return diffs
	}
	t := &bare.toks[i]
	bf := []fact{{text: bare.name[t.sp.Start:t.sp.End], sp: t.sp}}
	if statedIsR {
		return append(diffs, difference(attrPower, nil, nil, []fact{stated.f}, bf))
	}
	return append(diffs, difference(attrPower, nil, nil, bf, []fact{stated.f}))
}

// optionStartsAt reports whether token i is the first word of rd's option (드릴 / 충전): the
// variant the seller chose, not what its title says is charged.
func (rd *reading) optionStartsAt(i int) bool {
	return rd.optStart > 0 && rd.optStart < len(rd.name) && rd.toks[i].sp.Start >= rd.optStart &&
		(i == 0 || rd.toks[i-1].sp.Start < rd.optStart)
}

// foundAt reports whether diffs already hold a difference between the registered words at rs and
// the exposed words at es, so that a later rule does not name the same two words again.
func foundAt(diffs []Difference, rs, es Span) bool {
	for i := range diffs {
		d := &diffs[i]
		if len(d.RegisteredSpans) == 1 && len(d.ExposedSpans) == 1 && d.RegisteredSpans[0] == rs && d.ExposedSpans[0] == es {
			return true
		}
	}
	return false
}
