import numpy as np
from scipy import optimize
# counting-process rows: id, start, stop, event, pk, cost
rows=[(1,0,2,0,0,1.2),(1,2,7,1,1,1.2),(2,0,3,1,0,0.4),(3,0,1,0,0,2.0),(3,1,9,0,1,2.0),(4,0,4,1,0,0.9),
      (5,0,5,0,1,0.1),(5,5,6,1,0,0.1),(6,0,2,1,0,1.5),(7,0,3,0,0,0.7),(7,3,8,1,1,0.7),(8,0,4,1,1,0.3),(9,0,7,1,0,1.1),(10,0,10,0,0,0.5)]
S=np.array([r[1] for r in rows],float);T=np.array([r[2] for r in rows],float);E=np.array([r[3] for r in rows]);X=np.array([[r[4],r[5]] for r in rows],float)
def ll(b,ties):
    s=0
    for t in sorted(set(T[E==1])):
        R=(S<t)&(t<=T); D=(T==t)&(E==1); d=D.sum(); eta=X@b
        s+=eta[D].sum(); s0=np.exp(eta[R]).sum(); d0=np.exp(eta[D]).sum()
        s-= d*np.log(s0) if ties=='breslow' else sum(np.log(s0-l/d*d0) for l in range(d))
    return s
for ties in ['breslow','efron']:
    r=optimize.minimize(lambda b:-ll(b,ties),np.zeros(2),method='Nelder-Mead',options={'xatol':1e-10,'fatol':1e-14,'maxiter':20000})
    b=r.x; h=1e-4
    H=np.zeros((2,2))
    for i in range(2):
        for j in range(2):
            ei=np.eye(2)[i]*h; ej=np.eye(2)[j]*h
            H[i,j]=(ll(b+ei+ej,ties)-ll(b+ei-ej,ties)-ll(b-ei+ej,ties)+ll(b-ei-ej,ties))/(4*h*h)
    cov=np.linalg.inv(-H)
    print(ties,'beta',np.round(b,6),'se',np.round(np.sqrt(np.diag(cov)),6),'ll',round(ll(b,ties),6),'null',round(ll(np.zeros(2),ties),6))
