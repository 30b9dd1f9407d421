# cp_spi_mock through spidev's read()/write(): replies are ~tx (all ones
# when nothing is sent), and the mock records the last message.
p=/sys/module/cp_spi_mock/parameters
printf '\001\002\003' > /dev/spidev0.0
echo "write: $(cat $p/last_msg) cs=$(cat $p/last_cs) bits=$(cat $p/last_bits) speed=$(cat $p/last_speed)"
dd if=/dev/spidev0.1 bs=4 count=1 2>/dev/null | xxd -p
echo "read: $(cat $p/last_msg) cs=$(cat $p/last_cs) mode=$(cat $p/last_mode)"
