assert x, 'msg'
import a.b.c as d, e
from . import x
from .. import (y as z,)
from ...a import *
from .a.b import c
