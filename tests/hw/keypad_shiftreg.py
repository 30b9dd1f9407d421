# Expected output in keypad_shiftreg.exp: CPython has no keypad module.
# keypad.ShiftRegisterKeys reading simulated 74HC165 / CD4021 registers
# (sim.set_shift_register), one or several data pins.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import keypad
import sim

from _keypad_util import attempt, drain, settle

H, L = True, False
# 8 buttons to ground with pull-ups on the register's inputs
sim.set_shift_register(board.D4, board.D6, board.D5, [H] * 8)
srk = keypad.ShiftRegisterKeys(clock=board.D4, data=board.D6, latch=board.D5, key_count=8,
                               value_when_pressed=False)
print(type(srk).__name__, srk.key_count, drain(srk.events))
sim.set_shift_register(board.D4, board.D6, board.D5, [H, H, L, H, H, H, H, L])
settle()
print(drain(srk.events))
sim.set_shift_register(board.D4, board.D6, board.D5, [H] * 8)
settle()
print(drain(srk.events))
# reset(): keys held now are reported again
sim.set_shift_register(board.D4, board.D6, board.D5, [L] + [H] * 7)
settle()
print(drain(srk.events))
srk.reset()
print(drain(srk.events))
sim.set_shift_register(board.D4, board.D6, board.D5, [H] * 8)
settle()
print(drain(srk.events))
# the latch idles at not value_to_latch, the clock high after a scan
print(sim.get_output(board.D5), sim.get_output(board.D4))
srk.deinit()
attempt(lambda: srk.events)
sim.reset()

# two registers in parallel (shared clock and latch), CD4021-style latch
sim.set_shift_register(board.D4, board.D6, board.D5, [L, L, L], value_to_latch=False)
sim.set_shift_register(board.D4, board.D13, board.D5, [L, L], value_to_latch=False)
with keypad.ShiftRegisterKeys(clock=board.D4, data=[board.D6, board.D13], latch=board.D5, value_to_latch=False,
                              key_count=(3, 2), value_when_pressed=True) as s2:
    print(s2.key_count)
    sim.set_shift_register(board.D4, board.D13, board.D5, [L, H], value_to_latch=False)
    settle()
    print(drain(s2.events))
    sim.set_shift_register(board.D4, board.D6, board.D5, [H, L, L], value_to_latch=False)
    settle()
    print(drain(s2.events))
sim.reset()

# errors
attempt(lambda: keypad.ShiftRegisterKeys(board.D4, board.D6, board.D5, 8, False))
attempt(lambda: keypad.ShiftRegisterKeys(clock=board.D4, data=board.D6, latch=board.D5, value_when_pressed=False))
attempt(lambda: keypad.ShiftRegisterKeys(clock=board.D4, data=[board.D6, board.D13], latch=board.D5, key_count=8,
                                         value_when_pressed=False))
attempt(lambda: keypad.ShiftRegisterKeys(clock=board.D4, data=board.D6, latch=board.D5, key_count=0,
                                         value_when_pressed=False))
attempt(lambda: keypad.ShiftRegisterKeys(clock=board.D4, data=board.D6, latch=board.D5, key_count=[1, 2],
                                         value_when_pressed=False))
attempt(lambda: keypad.ShiftRegisterKeys(clock=11, data=board.D6, latch=board.D5, key_count=1,
                                         value_when_pressed=False))
attempt(lambda: keypad.ShiftRegisterKeys(clock=board.D4, data=[9], latch=board.D5, key_count=1,
                                         value_when_pressed=False))
attempt(lambda: keypad.ShiftRegisterKeys(clock=board.D4, data=board.D4, latch=board.D5, key_count=1,
                                         value_when_pressed=False))
# nothing stayed claimed
keypad.ShiftRegisterKeys(clock=board.D4, data=board.D6, latch=board.D5, key_count=1,
                         value_when_pressed=False).deinit()
print("done")
