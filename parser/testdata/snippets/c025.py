class C:
    def f(self):
        super().f()
        __class__
