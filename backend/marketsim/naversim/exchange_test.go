package naversim

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The exchange answers' bodies as the pages document them: a reason to reject, a documented
// holdback type and a detail to hold back, a documented reDeliveryMethod and, by courier, a
// known reDeliveryCompany and a tracking number to re-deliver (else 400 4000).
func TestExchangeAnswerBodies(t *testing.T) {
	e := newEnv(t, Config{NoRateLimit: true})
	tok := e.token(t)
	id := e.sim.AddOrders(1)[0]
	post := func(path, body string) resp {
		return e.do(t, http.MethodPost, "/external"+productOrderPrefix+id+"/claim/exchange/"+path, "application/json", body, tok)
	}
	for name, tc := range map[string]struct{ path, body string }{
		"reject without a reason":       {"reject", `{"rejectExchangeReason":" "}`},
		"holdback of an unknown type":   {"holdback", `{"holdbackClassType":"LATE","holdbackExchangeDetailReason":"x"}`},
		"holdback without a detail":     {"holdback", `{"holdbackClassType":"EXCHANGE_DELIVERYFEE"}`},
		"holdback with the return name": {"holdback", `{"holdbackClassType":"EXCHANGE_DELIVERYFEE","holdbackReturnDetailReason":"x"}`},
		"re-delivery by an unknown way": {"dispatch", `{"reDeliveryMethod":"DRONE"}`},
		"re-delivery without a courier": {"dispatch", `{"reDeliveryMethod":"DELIVERY","reDeliveryTrackingNumber":"612300000017"}`},
		"re-delivery without a number":  {"dispatch", `{"reDeliveryMethod":"DELIVERY","reDeliveryCompany":"CJGLS"}`},
	} {
		r := post(tc.path, tc.body)
		assert.Equal(t, http.StatusBadRequest, r.status, "%s: %s", name, r.raw)
	}
	// a product order without an exchange: the state is refused in the answer
	r := post("collect/approve", "")
	require.Equal(t, http.StatusOK, r.status, r.raw)
	fails := r.body["data"].(map[string]any)["failProductOrderInfos"].([]any)
	require.Len(t, fails, 1)
	assert.Equal(t, "104442", fails[0].(map[string]any)["code"])
}
