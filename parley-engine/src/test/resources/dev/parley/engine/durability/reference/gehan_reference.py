import numpy as np, scipy
from scipy import optimize, stats
mp=[(6,1),(6,1),(6,1),(6,0),(7,1),(9,0),(10,1),(10,0),(11,0),(13,1),(16,1),(17,0),(19,0),(20,0),(22,1),(23,1),(25,0),(32,0),(32,0),(34,0),(35,0)]
pl=[(t,1) for t in [1,1,2,2,3,4,4,5,5,8,8,8,8,11,11,12,12,15,17,22,23]]
T=np.array([t for t,_ in mp+pl],float); E=np.array([e for _,e in mp+pl]); X=np.array([0]*21+[1]*21,float)
def ll(b,ties):
    s=0
    for t in sorted(set(T[E==1])):
        R=T>=t; D=(T==t)&(E==1); d=D.sum()
        s+= (X[D]*b).sum()
        s0=np.exp(X[R]*b).sum(); d0=np.exp(X[D]*b).sum()
        if ties=='breslow': s-= d*np.log(s0)
        else: s-= sum(np.log(s0-l/d*d0) for l in range(d))
    return s
for ties in ['breslow','efron']:
    r=optimize.minimize_scalar(lambda b:-ll(b,ties),bounds=(-5,5),method='bounded',options={'xatol':1e-12})
    b=r.x; h=1e-4; i=-(ll(b+h,ties)-2*ll(b,ties)+ll(b-h,ties))/h/h
    print(ties,'beta %.6f se %.6f loglik %.6f null %.6f'%(b,1/np.sqrt(i),ll(b,ties),ll(0,ties)))
# KM for 6-MP group (independent)
t=np.array([a for a,_ in mp]); e=np.array([b for _,b in mp])
S=1;g=0
for u in sorted(set(t[e==1])):
    n=(t>=u).sum(); d=((t==u)&(e==1)).sum(); S*=1-d/n; g+=d/(n*(n-d)); print('km',u,n,d,round(S,6),round(S*np.sqrt(g),6))
# Weibull censored fit of the 6-MP group
data=stats.CensoredData(uncensored=t[e==1].astype(float), right=t[e==0].astype(float))
k,loc,lam=stats.weibull_min.fit(data,floc=0)
print('weibull 6MP k %.6f lambda %.6f'%(k,lam))
# both groups pooled
data=stats.CensoredData(uncensored=T[E==1], right=T[E==0])
k,loc,lam=stats.weibull_min.fit(data,floc=0)
print('weibull all k %.6f lambda %.6f'%(k,lam))
