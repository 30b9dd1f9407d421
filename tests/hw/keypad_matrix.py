# Expected output in keypad_matrix.exp: CPython has no keypad module.
# keypad.KeyMatrix scanning a 3x4 matrix of simulated keys (sim.set_switch
# closes the key between a row pin and a column pin), both diode
# directions, and its key number helpers.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import keypad
import sim

from _keypad_util import attempt, drain, settle

rows = (board.D16, board.D17, board.D22)
cols = (board.D23, board.D24, board.D25, board.D26)
km = keypad.KeyMatrix(rows, cols)
print(type(km).__name__, km.key_count, drain(km.events))
sim.set_switch(board.D17, board.D25, True)  # row 1, column 2: key 6
settle()
print(drain(km.events))
sim.set_switch(board.D16, board.D23, True)  # key 0
sim.set_switch(board.D22, board.D26, True)  # key 11
settle()
print(drain(km.events))
sim.set_switch(board.D17, board.D25, False)
settle()
print(drain(km.events))
# two keys in one column: each row sees only its own
sim.set_switch(board.D17, board.D23, True)  # key 4
settle()
print(drain(km.events))
km.reset()  # held keys are reported again
settle()
print(drain(km.events))
print(km.key_number_to_row_column(6), km.key_number_to_row_column(11), km.row_column_to_key_number(2, 3))
attempt(lambda: km.key_number_to_row_column(12))
attempt(lambda: km.key_number_to_row_column(-1))
attempt(lambda: km.row_column_to_key_number(3, 0))
attempt(lambda: km.row_column_to_key_number(0, 4))
# the rows idle as pulled-up inputs between scans
print(sim.get_output(board.D16), sim.get_output(board.D23))
km.deinit()
for f in (lambda: km.events, lambda: km.key_number_to_row_column(0), lambda: km.row_column_to_key_number(0, 0)):
    attempt(f)
sim.reset()

# diodes the other way round: rows driven high, columns pulled down
with keypad.KeyMatrix([board.D16, board.D17], [board.D23], columns_to_anodes=False) as m:
    sim.set_switch(board.D17, board.D23, True)
    settle()
    print(drain(m.events))
    sim.set_switch(board.D17, board.D23, False)
    settle()
    print(drain(m.events))

# errors
attempt(lambda: keypad.KeyMatrix(rows, (board.D16,)))
attempt(lambda: keypad.KeyMatrix((board.D16, board.D16), cols))
attempt(lambda: keypad.KeyMatrix(rows, (board.D23, board.D23)))
attempt(lambda: keypad.KeyMatrix(rows, (4,)))
attempt(lambda: keypad.KeyMatrix(rows, cols, True))
attempt(lambda: keypad.KeyMatrix(rows, cols, interval=-1))
attempt(lambda: keypad.KeyMatrix(rows, cols, max_events=0))
attempt(lambda: keypad.KeyMatrix(rows, cols, debounce_threshold=128))
d = digitalio.DigitalInOut(board.D26)
attempt(lambda: keypad.KeyMatrix(rows, cols))
d.deinit()
# nothing was left claimed
keypad.KeyMatrix(rows, cols).deinit()
print("done")
