package coupang_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
)

// Example shows the order side against the simulator: list new orders, acknowledge them, read a
// box back after an outcome-unknown write, and map it into the model.
func Example() {
	now := time.Date(2024, 4, 10, 3, 0, 0, 0, time.UTC)
	cfg := coupangsim.DefaultConfig()
	cfg.Now, cfg.InitialOrders, cfg.ListDelay = func() time.Time { return now }, 0, 0
	sim, _ := coupangsim.New(cfg)
	srv := httptest.NewServer(sim)
	defer srv.Close()
	box, _ := sim.AddOrderOf(85872453655, 2) // the 5-pack cashew bundle, ordered twice

	c, _ := coupang.New(cfg.VendorID, cfg.AccessKey, cfg.SecretKey,
		coupang.WithBaseURL(srv.URL), coupang.WithClock(func() time.Time { return now }))
	ctx := context.Background()
	sheets, _ := c.OrderSheetsByDay(ctx, coupang.DayQuery{From: now, To: now, Status: coupang.StatusAccept})
	fmt.Println("new boxes:", len(sheets))

	sim.InjectFault(coupangsim.EndpointAcknowledge, coupangsim.FaultGatewayTimeoutApplied)
	_, err := c.Acknowledge(ctx, []int64{box})
	var unknown *coupang.OutcomeUnknownError
	if errors.As(err, &unknown) {
		back, _ := c.OrderSheet(ctx, unknown.ShipmentBoxIDs[0])
		fmt.Println("read back:", back.Status)
		sh, _ := coupang.ToShipment(back)
		// stated in the seller's own units since 2024-04-12: 10, never multiplied again
		fmt.Println(sh.Status, sh.Lines[0].ExposedName, "→ units to pack:", sh.UnitsToShip())
	}
	// Output:
	// new boxes: 1
	// read back: INSTRUCT
	// ACKNOWLEDGED 신서리티 델타 구운 캐슈넛, 1개, 160g → units to pack: 10
}
