# A Richards-style operating-system simulation: task control blocks with
# priorities and states, packets passed between an idle task, a worker, two
# handlers and two devices, a scheduler that always runs the highest-priority
# runnable task. Written for this project; the shape follows the classic
# benchmark, the code does not. Usage: richards.py [ROUNDS]
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE


def append_to(packet, queue):
    packet.link = None
    if queue is None:
        return packet
    p = queue
    while p.link is not None:
        p = p.link
    p.link = packet
    return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.has_packet = queue is not None
        self.link = system.tasks
        system.tasks = self
        system.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.has_packet)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.has_packet = self.queue is not None
        self.waiting = False
        return p

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.has_packet = True
            packet.link = None
            if self.priority > current.priority:
                return self
            return current
        self.queue = append_to(packet, self.queue)
        return current


class IdleTask(Task):
    def __init__(self, system, ident, priority, queue, count):
        Task.__init__(self, system, ident, priority, queue)
        self.control = 1
        self.count = count
        self.waiting = False

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return self.system.next_after(self)
        if self.control & 1 == 0:
            self.control >>= 1
            return self.system.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return self
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.system.send(packet, self)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = append_to(packet, self.work)
            else:
                self.devices = append_to(packet, self.devices)
        if self.work is not None:
            work = self.work
            n = work.datum
            if n >= BUFSIZE:
                self.work = work.link
                return self.system.send(work, self)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.datum = work.data[n]
                work.datum = n + 1
                return self.system.send(dev, self)
        self.waiting = True
        return self


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return self
            p = self.pending
            self.pending = None
            return self.system.send(p, self)
        self.pending = packet
        self.system.output += packet.datum
        self.held = True
        return self.system.next_after(self)


class System:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.output = 0
        self.switches = 0

    def next_after(self, task):
        return task.link

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t

    def send(self, packet, current):
        target = self.table[packet.dest]
        packet.dest = current.ident
        return target.add_packet(packet, current)

    def schedule(self):
        # tasks are linked highest priority first
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.switches += 1
                packet = t.take_packet() if t.has_packet and not t.held else None
                t = t.step(packet)
            else:
                t = t.link


def build_tasks(system, count):
    IdleTask(system, IDLE, 0, None, count)
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    WorkerTask(system, WORKER, 1000, wq)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(system, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(system, HANDLER_B, 3000, q)
    DeviceTask(system, DEVICE_A, 4000, None)
    DeviceTask(system, DEVICE_B, 5000, None)


def run(rounds):
    total_out = total_sw = 0
    for _ in range(rounds):
        s = System()
        build_tasks(s, 10000)
        s.schedule()
        total_out += s.output
        total_sw += s.switches
    print(f"richards rounds={rounds} output={total_out} switches={total_sw}")


run(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
