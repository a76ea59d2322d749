package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestKoreanNameAgainstItsLoanword: goods named in Korean on one side and by the loanword or the
// English of the same concepts on the other are one goods, read morpheme by morpheme (names of
// no table); goods whose glosses differ still ask for a look.
func TestKoreanNameAgainstItsLoanword(t *testing.T) {
	runNameCases(t, []nameCase{
		{"조명 is a lamp", "무드등 스탠드 조명 / 화이트", "무드 스탠드 램프 화이트, 1개", "", "", "", ""},
		{"발톱 + 깎이 is a nail clipper, over two words", "고양이 발톱깎이 / 1개", "캣 네일 클리퍼, 1개", "", "", "", ""},
		{"물안경 is swim goggles", "유아 물안경 / 핑크", "유아 스윔 고글 핑크, 1개", "", "", "", ""},
		{"주방 and 저울 each their loanword", "주방 저울 / 5kg", "키친 스케일 5kg, 1개", "", "", "", ""},
		{"수건 + 걸이 is a towel hanger", "욕실 수건걸이 / 실버", "욕실 타월 행거 실버, 1개", "", "", "", ""},
		{"수납 + 함 is a storage box", "다용도 수납함 / 대형", "다용도 스토리지 박스 대형, 1개", "", "", "", ""},
		{"an action and 기 is the English -er", "유선 분배기 / 1개", "유선 스플리터, 1개", "", "", "", ""},
		{"a jewellery box is no jewellery stand", "휴대용 보석함 / 핑크", "휴대용 주얼리 스탠드 핑크, 1개", order.Warn, KindWord, "보석함", "주얼리, 스탠드"},
		{"a cushion is no cushion cover", "도넛 방석 / 베이지", "도넛 쿠션커버 베이지, 1개", order.Warn, KindWord, "방석", "쿠션커버"},
		{"a white noise machine is no white noise earphone", "백색소음기 / 화이트", "화이트노이즈 이어폰 화이트, 1개", order.Warn, KindWord, "백색소음기", "화이트노이즈, 이어폰"},
		{"two Korean names gloss two things", "실리콘 주걱 / 2개", "실리콘 국자, 2개", order.Warn, KindWord, "주걱", "국자"},
		{"a flashlight is no head lantern", "LED 손전등 / 블랙", "LED 헤드랜턴 블랙, 1개", order.Warn, KindWord, "손전등", "헤드랜턴"},
		{"a word placed by another reading explains nothing", "강아지 원반 / 블루", "강아지 공 블루, 1개", order.Warn, KindWord, "원반", "공"},
	})
}

func TestGlossSounds(t *testing.T) {
	tests := []struct {
		name, hangul, english string
		want                  bool
	}{
		{"an initial wh is said", "화이트", "white", true},
		{"the g of a final gn is not", "사인", "sign", true},
		{"-ing after its stem", "행잉", "hanging", true},
		{"the l of alk is not said", "초크", "chalk", true},
		{"two words joined", "화이트노이즈", "white noise", true},
		{"p and b are told apart", "버드", "feed", false},
		{"one consonant is too little", "카", "car", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := glossRead{onset: wordOnset(tc.hangul), tn: -1}
			soundOf(&x.k, tc.hangul)
			y := glossRead{onset: latinOnset(tc.english), gloss: true}
			englishSound(&y.k, tc.english)
			y.addText(tc.english)
			assert.Equal(t, tc.want, glossSame(&x, &y))
		})
	}
}

func TestGlossReadingsOfAWord(t *testing.T) {
	var g glossReads
	g.read("보석함")
	var texts []string
	for _, rd := range g.readings() {
		if rd.tn >= 0 {
			texts = append(texts, string(rd.text[:rd.tn]))
		}
	}
	assert.Contains(t, texts, "jewelrycase")
	assert.Contains(t, texts, "jewelbox")
	g.read("분배기")
	texts = texts[:0]
	for _, rd := range g.readings() {
		if rd.tn >= 0 {
			texts = append(texts, string(rd.text[:rd.tn]))
		}
	}
	assert.Contains(t, texts, "splitter", "기 after an agent noun is read as nothing")
	g.read("앵무새")
	assert.Len(t, g.readings(), 1, "a word with a morpheme no gloss names is read by its sound only")
}

// TestCompoundWithASharedPart: two compounds that share a part of two syllables, written alike,
// are one goods when their other parts are one thing by glosses (names of no table).
func TestCompoundWithASharedPart(t *testing.T) {
	runNameCases(t, []nameCase{
		{"종이 is paper beside a shared loanword", "커피 종이필터 / 100매", "커피 페이퍼필터, 100매", "", "", "", ""},
		{"망 is a net beside a shared loanword", "발레 헤어망 / 블랙", "발레 헤어네트 블랙, 1개", "", "", "", ""},
		{"the other parts are two goods", "캠핑의자 / 카키", "캠핑테이블 카키, 1개", order.Warn, KindWord, "캠핑의자", "캠핑테이블"},
		{"two loanwords beside the shared part are the sound rule's", "고무매트 / 블랙", "고무패드 블랙, 1개", order.Warn, KindWord, "고무매트", "고무패드"},
	})
	var ar, br glossReads
	assert.True(t, sharedPartAlike("원목책장", "원목북케이스", &ar, &br))
	assert.False(t, sharedPartAlike("해오름오리", "통오리", &ar, &br), "a name beside a shared part is no gloss")
	assert.False(t, sharedPartAlike("가습기", "제습기", &ar, &br), "one syllable apart: no part of two syllables on both")
}

// TestKoreanHeadAgainstALoanword: the one word each name leaves over, a Korean compound and a
// loanword that names its last morpheme, are one goods (names of no table).
func TestKoreanHeadAgainstALoanword(t *testing.T) {
	runNameCases(t, []nameCase{
		{"그릇 is a bowl", "고양이 밥그릇 / 1개", "고양이 보울, 1개", "", "", "", ""},
		{"걸이 is a hook", "욕실 수건걸이 / 2개", "욕실 훅, 2개", "", "", "", ""},
		{"a word left over beside the loanword", "휴대용 보석함 / 핑크", "휴대용 안경 케이스 핑크, 1개", order.Warn, KindWord, "보석함", "안경, 케이스"},
		{"two Korean compounds of one head are two goods", "원목 옷걸이 / 10개", "원목 수건걸이, 10개", order.Warn, KindWord, "옷걸이", "수건걸이"},
	})
}

// TestGlossReadingNamesOtherGoods (review 33, names of no table): a word read as the front of a
// longer name the other writes (방석 as the 쿠션 of 쿠션 커버, whose 커버 was then left as wording)
// and a gloss that named other goods (머리끈, a hair tie, glossed as a hair band: 헤어밴드 is a
// headband) explained two different goods; goods of one name still pass.
func TestGlossReadingNamesOtherGoods(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a cushion is no cushion cover", "의자 방석 / 그레이", "의자 쿠션 커버 그레이, 1개", order.Warn, KindWord, "방석", "쿠션, 커버"},
		{"a hair tie is no headband", "머리끈 / 블랙 10개", "헤어밴드 블랙, 10개", order.Warn, KindWord, "머리끈", "헤어밴드"},
		{"a cushion is a cushion", "소파 방석 / 베이지", "소파 쿠션 베이지, 1개", "", "", "", ""},
		{"desk and lamp, word by word", "책상 조명 / 화이트", "데스크 램프 화이트, 1개", "", "", "", ""},
		{"a headband is a hair band", "머리띠 / 블랙", "헤어밴드 블랙, 1개", "", "", "", ""},
	})
}
