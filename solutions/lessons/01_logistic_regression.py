# %% [markdown]
# # 01 Logistic regression

# %%
import numpy as np
from autograder import check, grade

# %% exercise="sigmoid"

# %% exercise="initialize_with_zeros"

# %% exercise="propagate"

# %% exercise="optimize"

# %% exercise="predict"

# %% exercise="model"
