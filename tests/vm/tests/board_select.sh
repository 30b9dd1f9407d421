# Board selection on this machine (gpiochips, no device tree, no board
# file for it): detection waits for the first use of the hardware, a
# board named on the command line is checked before the program starts,
# and `--board generic_linux` without usable gpiochips says why.
mkdir -p /tmp/bs/boards /tmp/bs/root/dev
cp /boards/*.board /boards/*.inc /tmp/bs/boards/ 2>/dev/null
# A broken board file: detection reads every board file and reports it.
printf 'board broken\nname Broken\nbackend linux\nnonsense here\n' > /tmp/bs/boards/broken.board
export CIRCUITPY_BOARDS_DIR=/tmp/bs/boards
echo "no hardware used:"
circuitpython -c 'print("  ran")' 2>&1
echo "  status $?"
echo "first use:"
circuitpython -c 'import board; print("  " + board.board_id)' 2>&1 | sed 's/^circuitpython: /  circuitpython: /'
echo "named board, broken file:"
circuitpython --board broken -c 'print("not reached")' 2>&1 | sed 's/^/  /'
circuitpython --board broken -c pass > /dev/null 2>&1
echo "  status $?"
echo "unknown board:"
circuitpython --board nosuch -c 'print("not reached")' 2>&1 | sed 's/^/  /'
CIRCUITPY_BOARD=nosuch circuitpython -c 'print("not reached")' > /dev/null 2>&1
echo "  status $?"
echo "generic_linux without gpiochips:"
CIRCUITPY_SYSROOT=/tmp/bs/root circuitpython --board generic_linux -c 'print("not reached")' 2>&1 | sed 's/^/  /'
CIRCUITPY_SYSROOT=/tmp/bs/root circuitpython --board generic_linux -c pass > /dev/null 2>&1
echo "  status $?"
echo "generic_linux here:"
circuitpython --board generic_linux -c 'import board; print("  " + board.board_id)' 2>&1
rm -rf /tmp/bs
