# lexing: multi-character operator tokens and their tokenization without spaces
a = 10
b = 3
print(a//b, a**b, a<<b, a>>b, a<=b, a>=b, a==b, a!=b, a%b, a^b, a|b, a&b, -a, ~a)
x = 5
x//=2; print(x)
x**=3; print(x)
x<<=1; print(x)
x>>=2; print(x)
x%=7; print(x)
x^=15; print(x)
x|=16; print(x)
x&=0x1c; print(x)
x-=1; x+=10; x*=2; x/=4; print(x)
print(1-1, 1- -1, 1--1, 1+-1, 1*-1, 2**-1, -2**2)
print(a<b<a, a>b>0)
def f(v)->int:
    return v
print(f(1), f.__annotations__["return"].__name__)
print([1,2,3][1:], {1:2}[1], (1,)[0])
class M:
    def __matmul__(self, o):
        return "matmul"
    def __imatmul__(self, o):
        return "imatmul"
m = M()
print(m@m)
m@=1
print(m)
print(1 if True else 2, (1)if(True)else(2))
print(0x1f+1, 0o7*2, 0b11-1, 1_0//3)
print(a.__class__.__name__, 1 .__class__.__name__, 1.5.__class__.__name__)
