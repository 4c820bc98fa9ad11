"""inspect.signature for py2goasync's runtime: Parameter, Signature and
BoundArguments over the attributes a translated function keeps (__code__'s
argument counts and names, __defaults__, __kwdefaults__, __annotations__).
The Go inspect module re-exports these names."""

import enum
import functools
import types


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker: no argument given."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def _annotation_text(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        elif not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + _annotation_text(self._annotation)
        if self._default is not _empty:
            text += (' = ' if self._annotation is not _empty else '=') + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: the arguments mapped to parameters."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    # Everything after the first parameter left unbound
                    # goes by keyword.
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if param.kind == _VAR_KEYWORD:
                    out.update(self.arguments[name])
                else:
                    out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        args = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in args:
                filled.append((name, args[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        parts = [f'{k}={v!r}' for k, v in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(parts))


class Signature:
    """A callable's parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top_kind:
                        raise ValueError(f'wrong parameter order: {top_kind.description} parameter '
                                         f'before {kind.description} parameter')
                    top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                    params[name] = param
            else:
                params = {p.name: p for p in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        kwonly = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((others, kwonly, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return hash(self) == hash(other) and self._key() == other._key()

    def _key(self):
        kwonly = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        others = [p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY]
        return others, kwonly, self._return_annotation

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = iter(self._parameters.values())
        positional = iter(args)
        pending = None
        # The positional arguments, in order.
        while True:
            try:
                value = next(positional)
            except StopIteration:
                # No more positional arguments: the rest come by keyword,
                # by default, or are missing.
                for param in params:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        pending = param
                        break
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param.default is not _empty:
                        pending = param
                        break
                    if partial:
                        pending = param
                        break
                    raise TypeError(f'missing a required argument: {param.name!r}') from None
                break
            try:
                param = next(params)
            except StopIteration:
                raise TypeError('too many positional arguments') from None
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (value,) + tuple(positional)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            arguments[param.name] = value
        # The keyword arguments.
        kwargs_param = None
        rest = [pending] if pending is not None else []
        rest.extend(params)
        for param in rest:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                value = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError(f'missing a required argument: {name!r}') from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{name!r} parameter is positional only, but was passed as a '
                                    f'keyword')
                arguments[name] = value
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> ' + _annotation_text(self._return_annotation)
        return text


def _from_function(cls, func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = npos - len(defaults)
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    i = npos + nkwonly
    if code.co_flags & 0x04:
        name = names[i]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        i += 1
    for name in names[npos:npos + nkwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[i]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _from_partial(sig, partial):
    args, keywords = partial.args, partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as exc:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from exc
    out = []
    transform_to_kwonly = False
    for name, param in sig.parameters.items():
        if name in bound.arguments and name not in keywords and param.kind not in (
                _VAR_POSITIONAL, _VAR_KEYWORD):
            continue  # filled positionally
        if name in keywords:
            if param.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
                out.append(param.replace(default=keywords[name], kind=_KEYWORD_ONLY))
                transform_to_kwonly = True
                continue
        if transform_to_kwonly and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        if transform_to_kwonly and param.kind == _VAR_POSITIONAL:
            continue
        if param.kind == _VAR_POSITIONAL and name in bound.arguments:
            pass
        out.append(param)
    return sig.replace(parameters=out)


def _signature_of(obj, follow_wrapped=True, cls=Signature):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_of(obj.__func__, follow_wrapped, cls))
    if follow_wrapped:
        seen = set()
        while hasattr(obj, '__wrapped__') and not hasattr(obj, '__signature__'):
            if id(obj) in seen:
                raise ValueError(f'wrapper loop when unwrapping {obj!r}')
            seen.add(id(obj))
            obj = obj.__wrapped__
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped, cls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig
    if isinstance(obj, types.FunctionType) or hasattr(obj, '__code__') and hasattr(obj, '__defaults__'):
        return _from_function(cls, obj)
    if isinstance(obj, functools.partial):
        return _from_partial(_signature_of(obj.func, follow_wrapped, cls), obj)
    if isinstance(obj, type):
        for name in ('__call__',):
            meta_call = _user_attr(type(obj), name)
            if meta_call is not None:
                return _drop_first(_signature_of(meta_call, follow_wrapped, cls))
        new = _user_attr(obj, '__new__')
        init = _user_attr(obj, '__init__')
        if init is not None:
            return _drop_first(_signature_of(init, follow_wrapped, cls))
        if new is not None:
            if isinstance(new, staticmethod):
                new = new.__func__
            return _drop_first(_signature_of(new, follow_wrapped, cls))
        if all(base is object or base.__module__ != 'builtins' for base in obj.__mro__):
            return cls([])  # a Python class taking no arguments
        raise ValueError(f'no signature found for builtin type {obj!r}')
    call = _user_attr(type(obj), '__call__')
    if call is not None:
        return _drop_first(_signature_of(call, follow_wrapped, cls))
    raise ValueError(f'no signature found for builtin {obj!r}')


def _user_attr(cls, name):
    """A Python-level function named name in cls's MRO (not object's or
    type's own)."""
    for base in cls.__mro__:
        if base is object or base is type:
            return None
        attr = base.__dict__.get(name)
        if attr is not None:
            if isinstance(attr, (types.FunctionType, staticmethod, classmethod, functools.partial)):
                return attr
            if hasattr(attr, '__code__'):
                return attr
            return None
    return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


for _name in ('Parameter', 'Signature', 'BoundArguments', '_ParameterKind', '_empty', '_void',
              'signature'):
    try:
        globals()[_name].__module__ = 'inspect'
    except (AttributeError, TypeError):
        pass
del _name
