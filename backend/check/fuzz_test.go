package check

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func addNameSeeds(f *testing.F) {
	seeds := [][2]string{
		{"신서리티 델타 구운 캐슈넛 160g / 1개 160g", "신서리티 델타 구운 캐슈넛, 5개, 160g"},
		{"ＣＪ 스팸 ２００ｇ x １０개", "CJ 스팸 200g x 10개"},
		{"ﾎﾟｯｷｰ 75g", "ポッキー 75g"},
		{"\u1112\u1161\u11ab 30포", "한 30포"},
		{"2,000mg x 60정 1+1", "2g 2+1 ×3 x3 3x 3 x"},
		{"10㎏ 900㎖ 1ℓ ㏄", "1.5.5l ,,, 1,000,00 .5 5."},
		{"2XL 95 230mm s24 15pro", "xxl 100사이즈 240 S23"},
		{"로즈 골드 c 타입 usb-c 8핀", "로즈골드 c타입 8핀"},
		{"\xff\xfe 잘못된 \xc3", "9999999999999999999999개 1e308g"},
		{"", " "},
		{"청정원 순창 고추장 500g / 1개", "청정원 순창 된장 500g, 1개"},
		{"려 자양윤모 샴푸 400ml / 2개", "[려] 자양윤모 린스 400ml x 2개 무료배송"},
		{"퍼실 세탁세제 3L / 드럼용", "퍼실 드럼용 액체세제 3L"},
		{"애플 아이폰15 케이스 / 투명", "아이폰 15 투명 케이스 애플"},
		{"키친타올 복사용지 남자", "키친타월 복사지 남성"},
		{"RTX 4060 트윈엣지 / 8GB X-1 88D", "RTX 4060 Ti 트윈엣지 XF-1 88S 633DC"},
		{"PLA+ 팔마 꽃갈피 Classic II", "PLA PLUS 팔마2 꽃갈피 둘 클래식2 x-"},
		{"정통크림빵 뚜껑형 + 100인치 스크린", "정통 단팥빵 스탠드형 냉동고 +"},
		{"클래시 100 V2 MK4 Gen2 v 16대9 1타 10볼", "미니 건조기 가죽 도트 양장 자가설치 V2.0 16대"},
		{"3M 테이프 / 트윈팩 3PK 본품+리필필터 16프로", "쓰리엠 테이프 2개입 3 PK 리필필터 아이폰16프로 트리플팩"},
		{"LG전자 C27G55T U2724D SL-M2030 호환 / 표준형", "엘지 LC27G55TQBKXKR U2724DE 호환 대형 미니 Mini 도금 lg"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
}

// FuzzFold: folding never panics and every rune's span lies inside the original, in order.
func FuzzFold(f *testing.F) {
	addNameSeeds(f)
	f.Fuzz(func(t *testing.T, a, _ string) {
		fd := fold(a)
		prev := 0
		for i, fr := range fd.rs {
			sp := Span{int(fr.start), int(fr.end)}
			if sp.Start < 0 || sp.End > len(a) || sp.Start > sp.End || sp.Start < prev {
				t.Fatalf("rune %d of %q: bad span %+v", i, a, sp)
			}
			prev = sp.Start
			if fr.off < 0 || int(fr.off) >= len(fd.text) {
				t.Fatalf("rune %d of %q: offset %d outside the folded text", i, a, fr.off)
			}
		}
		for _, tok := range tokenize(&fd) {
			if tok.sp.Start < 0 || tok.sp.End > len(a) || tok.sp.Start >= tok.sp.End {
				t.Fatalf("token %q of %q: bad span %+v", tok.text, a, tok.sp)
			}
		}
	})
}

// FuzzCompareNames: comparing never panics, a name always matches itself, and every span of a
// difference points inside its own name.
func FuzzCompareNames(f *testing.F) {
	addNameSeeds(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		if got := CompareNames(a, a); !got.Match {
			t.Fatalf("%q does not match itself: %+v", a, got.Differences)
		}
		got := CompareNames(a, b)
		if got.Match != (len(got.Differences) == 0) {
			t.Fatalf("match %v with %d differences", got.Match, len(got.Differences))
		}
		for _, d := range got.Differences {
			for _, sp := range d.RegisteredSpans {
				if sp.Start < 0 || sp.End > len(a) || sp.Start >= sp.End {
					t.Fatalf("registered span %+v outside %q", sp, a)
				}
			}
			for _, sp := range d.ExposedSpans {
				if sp.Start < 0 || sp.End > len(b) || sp.Start >= sp.End {
					t.Fatalf("exposed span %+v outside %q", sp, b)
				}
			}
			if utf8.ValidString(a) && !utf8.ValidString(d.Registered) {
				t.Fatalf("difference text %q is not valid UTF-8", d.Registered)
			}
		}
		// the word rule: a word difference names a word on each side, and words added on one
		// side only, such as marketing words, never make one
		for _, d := range got.Differences {
			if d.Kind == KindWord && (d.Registered == "" || d.Exposed == "" || len(d.RegisteredSpans) == 0 || len(d.ExposedSpans) == 0) {
				t.Fatalf("word difference without a word on each side: %+v", d)
			}
		}
		for _, added := range []string{" 특가 무료배송", " [당일발송] 국내산 프리미엄", " " + b} {
			for _, d := range CompareNames(a, a+added).Differences {
				if d.Kind == KindWord {
					t.Fatalf("%q vs %q: words added on one side make a word difference: %+v", a, a+added, d)
				}
			}
		}
		// the gates that skip rules change nothing
		for _, bundle := range []int{1, 2} {
			gated, ungated := Matcher{}, Matcher{ungated: true}
			if g, u := fmt.Sprintf("%+v", gated.Compare(a, b, bundle)), fmt.Sprintf("%+v", ungated.Compare(a, b, bundle)); g != u {
				t.Fatalf("%q vs %q (bundle %d): gated %s, ungated %s", a, b, bundle, g, u)
			}
		}
		// a Matcher that read the names the other way round first reads their words from its
		// memo (wordmemo.go) and gives what a fresh one gives
		var reused Matcher
		_ = reused.Compare(b, a, 1)
		if want, got := fmt.Sprintf("%+v", CompareBundle(a, b, 2)), fmt.Sprintf("%+v", reused.Compare(a, b, 2)); got != want {
			t.Fatalf("%q vs %q: fresh %s, reused %s", a, b, want, got)
		}
		// spaces written as tabs or two spaces change nothing
		if want, got := CompareNames(a, b), CompareNames(strings.ReplaceAll(a, " ", "\t"), strings.ReplaceAll(b, " ", "  ")); got.Match != want.Match || got.Severity != want.Severity {
			t.Fatalf("%q vs %q: %v %s, with its spaces written otherwise %v %s", a, b, want.Match, want.Severity, got.Match, got.Severity)
		}
		for bundle := 0; bundle < 3; bundle++ {
			_ = CompareBundle(a, b, bundle)
		}
	})
}
