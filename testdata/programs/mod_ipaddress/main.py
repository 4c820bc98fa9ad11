import ipaddress

a = ipaddress.ip_address("192.168.1.10")
n = ipaddress.ip_network("192.168.1.0/24")
print(a, repr(a), a in n, a.is_private, a.version, int(a), a + 5, n.num_addresses, n.netmask, n.broadcast_address)
print(list(ipaddress.ip_network("10.0.0.0/30").hosts()), list(n.subnets(new_prefix=26))[:2])
print(ipaddress.ip_address("::1").is_loopback, ipaddress.ip_address("2001:db8::1").exploded, ipaddress.IPv6Address("2001:0db8::0001").compressed)
i = ipaddress.ip_interface("10.1.2.3/16")
print(i.network, i.ip, i.with_prefixlen, i.with_netmask)
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address("10.0.0.0"), ipaddress.IPv4Address("10.0.0.9"))))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.1")]), ipaddress.ip_network("10.0.0.0/8").supernet())
for bad in ["300.1.1.1", "1.2.3.4/33", "gibberish"]:
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print("ValueError:", e)
print(ipaddress.ip_address("1.2.3.4").reverse_pointer, ipaddress.IPv4Address("127.0.0.1").packed)
