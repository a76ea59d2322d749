package check

import "strings"

// cottonGoods are goods a listing calls 코튼 for what they are made of (a cotton pad, a cotton
// bud, a towel, socks, a sanitary pad, clothes, a canvas bag, a curtain): beside them a 코튼 said by one name only is their
// material, not the clean-cotton scent of a candle or a softener.
var cottonGoods = [...]string{
	"화장솜", "솜", "면봉", "거즈", "수건", "타월", "타올", "손수건", "행주", "양말", "티셔츠", "속옷", "팬티",
	"이불", "생리대", "팬티라이너", "기저귀", "마스크", "장갑", "커버", "원단", "패드", "로프",
	// clothes, bags and home textiles sewn of cotton cloth
	"캔버스", "셔츠", "바지", "팬츠", "원피스", "블라우스", "후드티", "맨투맨", "레깅스", "내의", "잠옷", "파자마",
	"앞치마", "커튼", "베개", "담요", "스카프", "가방", "에코백", "토트백", "손싸개", "턱받이", "데님",
}

// organicWords written before 코튼 make it a fibre: no scent is organic (오가닉 코튼 손싸개).
var organicWords = [...]string{"오가닉", "유기농", "organic"}

// cottonMaterial reports whether fs, the scents one name says, are 코튼 only and either name
// names goods made of cotton (the other name may call the goods by their brand alone).
func cottonMaterial(fs []fact, rd, other *reading) bool {
	if len(fs) != 1 || fs[0].key != "코튼" {
		return false
	}
	if writesOtherFibre(other) {
		return false // 코튼 셔츠 against 린넨 셔츠: another cloth, compared
	}
	return namesCottonGoods(rd) || namesCottonGoods(other) || cottonAsFibre(rd)
}

// otherFibres are cloths a listing names instead of cotton, not blended into it as spandex or
// polyester often is.
var otherFibres = [...]string{"린넨", "리넨", "linen", "실크", "silk", "캐시미어", "울", "wool", "텐셀", "모달", "레이온", "나일론"}

// writesOtherFibre reports whether rd names its goods' cloth as another fibre than cotton (린넨
// 셔츠, 린넨셔츠, 울 담요); 울 only as a word of its own.
func writesOtherFibre(rd *reading) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		for _, f := range otherFibres {
			if t.text == f || f != "울" && strings.HasPrefix(t.text, f) {
				return true
			}
		}
	}
	return false
}

// cottonAsFibre reports whether a name writes 코튼 the way a fibre is written: organic (오가닉
// 코튼), with its share of the cloth (코튼 100%) or blended with polyester (폴리코튼, the T/C
// cloth of tents, tarps and work clothes). A scent is never any of these.
func cottonAsFibre(rd *reading) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tWord && (t.text == "폴리코튼" || t.text == "폴리" && i+1 < len(rd.toks) && rd.toks[i+1].text == "코튼") {
			return true
		}
		if t.kind != tWord || (t.text != "코튼" && t.text != "cotton") {
			continue
		}
		if i > 0 && rd.toks[i-1].kind == tWord {
			for _, w := range organicWords {
				if rd.toks[i-1].text == w {
					return true
				}
			}
		}
		if i+1 < len(rd.toks) && rd.toks[i+1].kind == tMeasure && rd.toks[i+1].dim == dimPercent {
			return true
		}
	}
	return false
}

func namesCottonGoods(rd *reading) bool {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		for _, g := range cottonGoods {
			if strings.HasSuffix(t.text, g) {
				return true
			}
		}
	}
	return false
}
