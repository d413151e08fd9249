import csv, collections, numpy as np
from scipy import optimize, stats
rows=list(csv.DictReader(open('ucdp-term-dyadic-2015.csv',encoding='utf-8')))
active=collections.defaultdict(set)
for r in rows: active[r['DyadId']].add(int(r['Year']))
last=max(int(r['Year']) for r in rows)
T=[];E=[];X=[]
for r in rows:
    if r['Dyadterm']!='1' or r['Outcome'] not in ('1','2'): continue
    y=int(r['Year']); later=[a for a in active[r['DyadId']] if a>y]
    if later: t=min(later)-y; e=1
    else: t=last-y; e=0
    if t<=0: continue
    T.append(t);E.append(e);X.append(1.0 if r['Outcome']=='2' else 0.0)
T=np.array(T,float);E=np.array(E);X=np.array(X)
print('n',len(T),'events',E.sum(), 'ceasefire n',int(X.sum()))
def ll(b,ties):
    s=0
    for t in sorted(set(T[E==1])):
        R=T>=t; D=(T==t)&(E==1); d=D.sum()
        s+=(X[D]*b).sum(); s0=np.exp(X[R]*b).sum(); d0=np.exp(X[D]*b).sum()
        s-= d*np.log(s0) if ties=='breslow' else sum(np.log(s0-l/d*d0) for l in range(d))
    return s
for ties in ['breslow','efron']:
    r=optimize.minimize_scalar(lambda b:-ll(b,ties),bounds=(-5,5),method='bounded',options={'xatol':1e-12})
    b=r.x; h=1e-4; i=-(ll(b+h,ties)-2*ll(b,ties)+ll(b-h,ties))/h/h
    print(ties,'beta %.6f se %.6f'%(b,1/np.sqrt(i)))
for grp in [1.0]:
    t=T[X==grp]; e=E[X==grp]; S=1; g=0
    for u in sorted(set(t[e==1])):
        n=(t>=u).sum(); d=((t==u)&(e==1)).sum(); S*=1-d/n; g+=d/(n*(n-d))
        if u in (2,3,5,10): print('km ceasefire',u,n,d,round(S,6),round(S*np.sqrt(g),6))
    data=stats.CensoredData(uncensored=t[e==1], right=t[e==0])
    k,loc,lam=stats.weibull_min.fit(data,floc=0); print('weibull ceasefire k %.6f lambda %.6f'%(k,lam))
