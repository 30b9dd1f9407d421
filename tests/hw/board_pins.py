# Expected output in board_pins.exp: CPython has no board module.
# board_id, pin names and aliases, Pin identity, repr and hashing on sim.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import microcontroller

print(board.board_id)
print(type(board.D4) is microcontroller.Pin)
print(board.D4, repr(board.D13), board.LED, board.BUTTON)
# aliases are the very same objects, shown by their primary name
print(board.SDA is board.D2, board.SCL is board.D3, board.SCK is board.SCLK is board.D11)
print(board.MOSI, board.MISO, board.CE0, board.CE1, board.TX, board.RX)
print(board.D4 == board.D4, board.D4 != board.D5, board.D4 == 4)
pins = {board.D4: "four", board.LED: "led"}
print(pins[board.D4], pins[board.LED], hash(board.D4) == hash(board.D4))
names = [n for n in dir(board) if not n.startswith("_")]
print(len(names), names[:6])
print(sorted(set(p for p in (getattr(board, n) for n in names) if type(p) is microcontroller.Pin), key=str)[:3])
import board as again
print(again is board, again.D4 is board.D4)
try:
    board.D99
except AttributeError as e:
    print("AttributeError", e)
