package check

import "testing"

// A wallet counts its card slots in 구 (반지갑 카드8구): the slots are not a count of wallets,
// and another slot count or another count of wallets still blocks.
func TestWalletCardSlotsAreNoCount(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "card slots of a wallet", reg: "닥스 남성 반지갑 카드8구 소가죽 / 브라운", exp: "DAKS 남성 반지갑, 브라운"},
		{name: "card slots of a card wallet", reg: "여성 카드지갑 카드 6구 / 핑크", exp: "여성 카드지갑 핑크"},
		{name: "another slot count", reg: "닥스 남성 반지갑 카드8구 소가죽 / 브라운", exp: "DAKS 남성 반지갑 카드6구, 브라운", severity: "block", kind: KindCount, r: "8개", e: "6개"},
		{name: "two wallets", reg: "닥스 남성 반지갑 카드8구 소가죽 / 브라운", exp: "DAKS 남성 반지갑, 브라운, 2개", severity: "block", kind: KindCount, r: "1개(표기 없음)", e: "2개"},
	})
}
