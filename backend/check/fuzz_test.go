package check

import (
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
		for bundle := 0; bundle < 3; bundle++ {
			_ = CompareBundle(a, b, bundle)
		}
	})
}
