import unittest


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        if by < 0:
            raise ValueError("negative step")
        self.n += by
        return self.n


class CounterTest(unittest.TestCase):
    def setUp(self):
        self.c = Counter()

    def tearDown(self):
        self.c = None

    def test_inc(self):
        self.assertEqual(self.c.inc(), 1)
        self.assertEqual(self.c.inc(5), 6)

    def test_negative(self):
        with self.assertRaises(ValueError) as cm:
            self.c.inc(-1)
        self.assertIn("negative", str(cm.exception))
        self.assertRaises(ValueError, self.c.inc, -2)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_fails(self):
        self.assertEqual(self.c.inc(2), 3, "two is not three")

    def test_truths(self):
        self.assertTrue([1])
        self.assertFalse([])
        self.assertIsNone(None)
        self.assertIsInstance(self.c, Counter)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 3], [3, 2, 1])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertRegex("abc123", r"[a-z]+\d+")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise RuntimeError("boom")


if __name__ == "__main__":
    unittest.main()
