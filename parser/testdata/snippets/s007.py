Rb'' BR"" rb'a'
U'' F'' Rf'' fR'{x}'
