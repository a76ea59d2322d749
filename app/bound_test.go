package app

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// ui gathers every bound struct, for tests that go through several screens.
type ui struct {
	*Orders
	*Writes
	*Lists
	*Setup
	*Maintenance
}

func uiOf(a *App) ui { return ui{a.Orders(), a.Writes(), a.Lists(), a.Setup(), a.Maintenance()} }

// Digital's methods (Settings, SaveSettings, …) would collide with Setup's in ui: tests call
// a.Digital() directly.

// boundMethods are the "Struct.Method" names the UI can call: the exported methods of the
// bound structs.
func boundMethods(a *App) []string {
	var out []string
	for _, b := range a.Bound() {
		t := reflect.TypeOf(b)
		for i := 0; i < t.NumMethod(); i++ {
			out = append(out, t.Elem().Name()+"."+t.Method(i).Name)
		}
	}
	return out
}

// Every bound method answers (T, error) or error, every struct is bound once, and the split
// keeps every method the UI had.
func TestBoundStructs(t *testing.T) {
	a := newTestApp(t)
	names := boundMethods(a)
	assert.Len(t, names, 34+10+1+4+7) // the 33 of the split, Orders.Labels, the 10 of Digital, Orders.ResolveFindings (알림's bulk 확인 완료), the board's DeadlineAlert, SetDeadlineAlertHours, SetNoCombine, Lists.PrintBatches and the 7 of Claims (ChangeHope: 배송 희망일 변경, SellerCancel: 판매 취소)
	seen := map[string]bool{}
	for _, b := range a.Bound() {
		typ := reflect.TypeOf(b)
		assert.False(t, seen[typ.String()], "%s bound twice", typ)
		seen[typ.String()] = true
		for i := 0; i < typ.NumMethod(); i++ {
			m := typ.Method(i).Type
			last := m.Out(m.NumOut() - 1)
			assert.True(t, m.NumOut() <= 2 && last == reflect.TypeFor[error](), "%s.%s", typ, typ.Method(i).Name)
		}
	}
}
