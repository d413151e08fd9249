import numpy as np
from scipy import optimize
mp=[(6,1),(6,1),(6,1),(6,0),(7,1),(9,0),(10,1),(10,0),(11,0),(13,1),(16,1),(17,0),(19,0),(20,0),(22,1),(23,1),(25,0),(32,0),(32,0),(34,0),(35,0)]
pl=[(t,1) for t in [1,1,2,2,3,4,4,5,5,8,8,8,8,11,11,12,12,15,17,22,23]]
T=np.array([t for t,_ in mp+pl],float); E=np.array([e for _,e in mp+pl]); X=np.array([0]*21+[1]*21,float)
# S(t|x) = exp(-(t/lam)^k * exp(beta*x)); parameters (log k, log lam, beta)
def nll(th):
    k=np.exp(th[0]); lam=np.exp(th[1]); b=th[2]
    z=(T/lam)**k*np.exp(b*X)
    logh=np.log(k)-np.log(lam)+(k-1)*np.log(T/lam)+b*X
    return -(np.sum(E*logh)-np.sum(z))
r=optimize.minimize(nll,np.array([0.0,np.log(20),0.0]),method='BFGS',options={'gtol':1e-10})
r=optimize.minimize(nll,r.x,method='Nelder-Mead',options={'xatol':1e-11,'fatol':1e-14,'maxiter':40000})
th=r.x; h=1e-4; H=np.zeros((3,3))
for i in range(3):
    for j in range(3):
        ei=np.eye(3)[i]*h; ej=np.eye(3)[j]*h
        H[i,j]=(nll(th+ei+ej)-nll(th+ei-ej)-nll(th-ei+ej)+nll(th-ei-ej))/(4*h*h)
cov=np.linalg.inv(H)
k=np.exp(th[0]); lam=np.exp(th[1])
print('k %.6f lam %.6f beta %.6f se_beta %.6f se_k %.6f loglik %.6f'%(k,lam,th[2],np.sqrt(cov[2,2]),k*np.sqrt(cov[0,0]),-nll(th)))
# AFT form for comparison with R survreg: log T = mu + gamma x + sigma W; sigma=1/k, gamma=-beta/k, mu=log lam
print('AFT: intercept %.4f, placebo coef %.4f, scale %.4f'%(np.log(lam),-th[2]/k,1/k))
